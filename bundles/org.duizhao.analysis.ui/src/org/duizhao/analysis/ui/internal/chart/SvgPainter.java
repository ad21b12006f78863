package org.duizhao.analysis.ui.internal.chart;

import java.util.Locale;

/**
 * Writes what is painted as SVG 1.1, one element per mark. Text widths are estimated (a CJK
 * character is as wide as the font size, other characters about 0.6 of it), since no font is
 * measured here.
 */
public final class SvgPainter implements Painter {

	private static final int FONT = 12;
	private final StringBuilder body = new StringBuilder();
	private final int width;
	private final int height;

	/** @param width the drawing's width @param height its height */
	public SvgPainter(int width, int height) {
		this.width = width;
		this.height = height;
	}

	private static String hex(int rgb) {
		return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF); //$NON-NLS-1$
	}

	@Override
	public void fillRect(int x, int y, int w, int h, int rgb) {
		body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n", x, y, w, h, hex(rgb))); //$NON-NLS-1$
	}

	@Override
	public void drawRect(int x, int y, int w, int h, int rgb) {
		body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"%s\"/>%n", x, y, w, h, hex(rgb))); //$NON-NLS-1$
	}

	@Override
	public void line(int x1, int y1, int x2, int y2, int rgb, int w) {
		body.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%d\"/>%n", x1, y1, x2, y2, hex(rgb), w)); //$NON-NLS-1$
	}

	@Override
	public void circle(int cx, int cy, int r, int rgb, int ring) {
		String stroke = ring >= 0 ? " stroke=\"" + hex(ring) + "\" stroke-width=\"2\"" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		body.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\"%s/>%n", cx, cy, r, hex(rgb), stroke)); //$NON-NLS-1$
	}

	@Override
	public void text(String s, int x, int y, int rgb) {
		body.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", x, y + FONT, hex(rgb), escape(s))); //$NON-NLS-1$
	}

	@Override
	public int textWidth(String s) {
		double w = 0;
		for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
			w += s.codePointAt(i) > 0x2E80 ? FONT : FONT * 0.6;
		}
		return (int) Math.ceil(w);
	}

	@Override
	public int lineHeight() {
		return FONT + 4;
	}

	/** @return the whole document */
	public String document() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" //$NON-NLS-1$
				+ String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"%d\">%n", //$NON-NLS-1$
						width, height, width, height, FONT)
				+ body + "</svg>\n"; //$NON-NLS-1$
	}

	/** @return {@code s} safe as XML character data: markup escaped, characters XML forbids dropped */
	static String escape(String s) {
		StringBuilder out = new StringBuilder(s.length());
		s.codePoints().forEach(c -> {
			switch (c) {
			case '<' -> out.append("&lt;"); //$NON-NLS-1$
			case '>' -> out.append("&gt;"); //$NON-NLS-1$
			case '&' -> out.append("&amp;"); //$NON-NLS-1$
			case '"' -> out.append("&quot;"); //$NON-NLS-1$
			default -> {
				if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
					out.appendCodePoint(c);
				}
			}
			}
		});
		return out.toString();
	}
}
