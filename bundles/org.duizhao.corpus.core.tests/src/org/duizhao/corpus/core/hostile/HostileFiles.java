package org.duizhao.corpus.core.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small generators of hostile files, so no binary bomb is ever committed: a DOCX whose
 * {@code document.xml} inflates to a gigabyte, a PDF whose content stream does, a text of
 * one-character lines, a cut-off DOCX and a damaged PDF.
 */
public final class HostileFiles {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"; //$NON-NLS-1$

	private HostileFiles() {
	}

	/** @return a DOCX whose main part is one paragraph of {@code inflatedBytes} letters */
	public static byte[] docxBomb(long inflatedBytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_SPEED);
			zip.putNextEntry(new ZipEntry("word/document.xml")); //$NON-NLS-1$
			zip.write(("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
			repeat(zip, (byte) 'a', inflatedBytes);
			zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		}
		return out.toByteArray();
	}

	/** @return a small valid DOCX with one paragraph */
	public static byte[] docx(String paragraph) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("word/document.xml")); //$NON-NLS-1$
			StringBuilder xml = new StringBuilder("<w:document xmlns:w=\"" + W + "\"><w:body>"); //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < 200; i++) {
				xml.append("<w:p><w:r><w:t>").append(paragraph).append(i).append("</w:t></w:r></w:p>"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			zip.write(xml.append("</w:body></w:document>").toString().getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		}
		return out.toByteArray();
	}

	/** @return a PDF with one page whose Flate content stream inflates to {@code inflatedBytes} */
	public static byte[] pdfBomb(long inflatedBytes) throws IOException {
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_SPEED))) {
			repeat(deflate, (byte) ' ', inflatedBytes);
		}
		byte[] stream = data.toByteArray();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		ascii(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" //$NON-NLS-1$
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" //$NON-NLS-1$
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n" //$NON-NLS-1$
				+ "4 0 obj << /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n"); //$NON-NLS-1$ //$NON-NLS-2$
		pdf.write(stream);
		ascii(pdf, "\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"); //$NON-NLS-1$
		return pdf.toByteArray();
	}

	/** @return bytes that start like a PDF and then are noise */
	public static byte[] damagedPdf() {
		byte[] noise = new byte[4096];
		for (int i = 0; i < noise.length; i++) {
			noise[i] = (byte) (i * 31 + 7);
		}
		byte[] head = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
		byte[] out = Arrays.copyOf(head, head.length + noise.length);
		System.arraycopy(noise, 0, out, head.length, noise.length);
		return out;
	}

	/** Writes {@code megabytes} of one-character lines ("a\n"). */
	public static Path oneCharacterLines(Path file, int megabytes) throws IOException {
		byte[] block = new byte[1024 * 1024];
		for (int i = 0; i < block.length; i += 2) {
			block[i] = 'a';
			block[i + 1] = '\n';
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int i = 0; i < megabytes; i++) {
				out.write(block);
			}
		}
		return file;
	}

	private static void repeat(OutputStream out, byte b, long count) throws IOException {
		byte[] block = new byte[1024 * 1024];
		Arrays.fill(block, b);
		for (long left = count; left > 0; left -= block.length) {
			out.write(block, 0, (int) Math.min(block.length, left));
		}
	}

	private static void ascii(OutputStream out, String s) throws IOException {
		out.write(s.getBytes(StandardCharsets.US_ASCII));
	}
}
