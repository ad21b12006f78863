package org.duizhao.text.core.decode;

/** Byte order marks, longest first so that UTF-32LE is not taken for UTF-16LE. */
enum Bom {
	UTF_32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00), //$NON-NLS-1$
	UTF_32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF), //$NON-NLS-1$
	UTF_8("UTF-8", 0xEF, 0xBB, 0xBF), //$NON-NLS-1$
	UTF_16LE("UTF-16LE", 0xFF, 0xFE), //$NON-NLS-1$
	UTF_16BE("UTF-16BE", 0xFE, 0xFF); //$NON-NLS-1$

	final String charset;
	private final int[] bytes;

	Bom(String charset, int... bytes) {
		this.charset = charset;
		this.bytes = bytes;
	}

	int length() {
		return bytes.length;
	}

	boolean matches(byte[] data) {
		if (data.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if ((data[i] & 0xFF) != bytes[i]) {
				return false;
			}
		}
		return true;
	}

	/** @return the mark at the start of {@code data}, or {@code null} */
	static Bom of(byte[] data) {
		for (Bom bom : values()) {
			if (bom.matches(data)) {
				return bom;
			}
		}
		return null;
	}

	/** @return the mark that belongs to {@code charset} and starts {@code data}, or {@code null} */
	static Bom of(byte[] data, String charset) {
		Bom bom = of(data);
		if (bom == null) {
			return null;
		}
		boolean sameFamily = bom.charset.equals(charset)
				|| ("UTF-16".equals(charset) && bom.charset.startsWith("UTF-16")) //$NON-NLS-1$ //$NON-NLS-2$
				|| ("UTF-32".equals(charset) && bom.charset.startsWith("UTF-32")); //$NON-NLS-1$ //$NON-NLS-2$
		return sameFamily ? bom : null;
	}
}
