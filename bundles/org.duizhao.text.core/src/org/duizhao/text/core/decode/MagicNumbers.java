package org.duizhao.text.core.decode;

import java.nio.charset.StandardCharsets;

/** Signatures of common binary formats that users drop into a corpus folder by mistake. */
final class MagicNumbers {

	private record Magic(String format, int offset, byte[] signature) {
	}

	private static final Magic[] KNOWN = {
			ascii("PDF", 0, "%PDF-"), //$NON-NLS-1$ //$NON-NLS-2$
			hex("ZIP (DOCX, XLSX, ODT, EPUB)", 0, 0x50, 0x4B, 0x03, 0x04), //$NON-NLS-1$
			hex("ZIP", 0, 0x50, 0x4B, 0x05, 0x06), //$NON-NLS-1$
			hex("OLE2 (DOC, XLS, PPT)", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), //$NON-NLS-1$
			hex("GZIP", 0, 0x1F, 0x8B), //$NON-NLS-1$
			hex("PNG", 0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), //$NON-NLS-1$
			hex("JPEG", 0, 0xFF, 0xD8, 0xFF), //$NON-NLS-1$
			ascii("GIF", 0, "GIF87a"), //$NON-NLS-1$ //$NON-NLS-2$
			ascii("GIF", 0, "GIF89a"), //$NON-NLS-1$ //$NON-NLS-2$
			hex("ELF", 0, 0x7F, 0x45, 0x4C, 0x46), //$NON-NLS-1$
			hex("Java class", 0, 0xCA, 0xFE, 0xBA, 0xBE), //$NON-NLS-1$
			hex("RAR", 0, 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07), //$NON-NLS-1$
			hex("7-Zip", 0, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C), //$NON-NLS-1$
			hex("XZ", 0, 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00), //$NON-NLS-1$
			ascii("BZIP2", 0, "BZh"), //$NON-NLS-1$ //$NON-NLS-2$
			ascii("SQLite", 0, "SQLite format 3\0"), //$NON-NLS-1$ //$NON-NLS-2$
			ascii("RIFF (WAV, AVI, WEBP)", 0, "RIFF"), //$NON-NLS-1$ //$NON-NLS-2$
			ascii("MP3", 0, "ID3"), //$NON-NLS-1$ //$NON-NLS-2$
			ascii("Ogg", 0, "OggS"), //$NON-NLS-1$ //$NON-NLS-2$
			ascii("MP4", 4, "ftyp"), //$NON-NLS-1$ //$NON-NLS-2$
			ascii("Windows executable", 0, "MZ"), //$NON-NLS-1$ //$NON-NLS-2$
	};

	private MagicNumbers() {
	}

	/** @return the format whose signature starts {@code bytes}, or {@code null} */
	static String formatOf(byte[] bytes) {
		for (Magic m : KNOWN) {
			if (startsWith(bytes, m.offset, m.signature)) {
				return m.format;
			}
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] signature) {
		if (bytes.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (bytes[offset + i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	private static Magic ascii(String format, int offset, String signature) {
		return new Magic(format, offset, signature.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static Magic hex(String format, int offset, int... signature) {
		byte[] b = new byte[signature.length];
		for (int i = 0; i < b.length; i++) {
			b[i] = (byte) signature[i];
		}
		return new Magic(format, offset, b);
	}
}
