package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF back the ways a reader would: PDFBox's and poppler's text extraction (fonts drop or
 * replace missing glyphs silently, so the text must be compared), and a page rendered by pdftoppm.
 */
final class PdfReadBack {

	private PdfReadBack() {
	}

	/**
	 * @param sorted whether to sort by position, which gives the reading order of running text (the
	 *            renderer draws highlighted runs after the plain text of their line) but mixes the
	 *            lines of table cells that sit side by side
	 * @return the text PDFBox extracts, with all whitespace removed
	 */
	static String pdfboxText(byte[] pdf, boolean sorted) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(sorted);
			return squeeze(stripper.getText(doc));
		}
	}

	/** @return {@code text} without whitespace, which line breaking and layout add or move */
	static String squeeze(String text) {
		return text.replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return whether a poppler tool is installed (Debian: poppler-utils) */
	static boolean poppler(String tool) {
		try {
			Process p = new ProcessBuilder(tool, "-v").redirectErrorStream(true).start(); //$NON-NLS-1$
			p.getInputStream().readAllBytes();
			return p.waitFor(30, TimeUnit.SECONDS);
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}

	/** @return the text pdftotext extracts, with all whitespace removed */
	static String popplerText(Path pdf) throws Exception {
		Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt"); //$NON-NLS-1$
		run("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return squeeze(Files.readString(txt, StandardCharsets.UTF_8));
	}

	/** @return page {@code page} rendered by pdftoppm at 50 dpi */
	static BufferedImage popplerPage(Path pdf, int page) throws Exception {
		Path prefix = pdf.resolveSibling("page"); //$NON-NLS-1$
		run("pdftoppm", "-r", "50", "-f", "" + page, "-l", "" + page, "-singlefile", "-png", pdf.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				prefix.toString());
		File png = new File(prefix + ".png"); //$NON-NLS-1$
		assertThat(png).exists();
		return ImageIO.read(png);
	}

	private static void run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return how many pixels of {@code image} are within a small distance of {@code rgb} */
	static int pixelsNear(BufferedImage image, int rgb) {
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (near(image.getRGB(x, y), rgb)) {
					count++;
				}
			}
		}
		return count;
	}

	private static boolean near(int a, int b) {
		return Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)) < 12 && Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff)) < 12
				&& Math.abs((a & 0xff) - (b & 0xff)) < 12;
	}
}
