package org.duizhao.analysis.core.internal;

import java.util.Arrays;

/**
 * The Han characters of a text as one compact string, with a map back to the text: a character
 * that is not Han becomes a line break ({@link #BREAK}, runs of them one), except that spaces and
 * list marks between two Han characters (两不愁、三保障, 两不愁 三保障) are left out, so a formula
 * written with or without them reads the same.
 */
public final class HanMask {

	/** Stands for everything that ends a run of Han characters. */
	public static final char BREAK = '\n';

	public final String compact;
	/** Per unit of {@link #compact}: its index in the text ({@code -1} for a break). */
	public final int[] position;

	private HanMask(String compact, int[] position) {
		this.compact = compact;
		this.position = position;
	}

	/** @return the mask of {@code text} */
	public static HanMask of(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int[] pos = new int[text.length() + 1];
		int n = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int len = Character.charCount(cp);
			if (isHan(cp)) {
				for (int k = 0; k < len; k++) {
					out.append(text.charAt(i + k));
					pos[n++] = i + k;
				}
			} else if (!(isTransparent(cp) && hanBefore(text, i) && hanAfter(text, i + len))
					&& (n == 0 || out.charAt(n - 1) != BREAK)) {
				out.append(BREAK);
				pos[n++] = -1;
			}
			i += len;
		}
		return new HanMask(out.toString(), Arrays.copyOf(pos, n));
	}

	/**
	 * @param text the text this mask was made of
	 * @return the same with only the breaks that stand for a line break: passages are aligned
	 *         across punctuation but never across a paragraph
	 */
	public HanMask hanOnly(String text) {
		StringBuilder out = new StringBuilder(compact.length());
		int[] pos = new int[compact.length()];
		int n = 0;
		for (int i = 0; i < compact.length(); i++) {
			if (compact.charAt(i) == BREAK && lineBreakAfter(text, i) && (n == 0 || out.charAt(n - 1) != BREAK)) {
				out.append(BREAK);
				pos[n++] = -1;
			} else if (compact.charAt(i) != BREAK) {
				out.append(compact.charAt(i));
				pos[n++] = position[i];
			}
		}
		return new HanMask(out.toString(), Arrays.copyOf(pos, n));
	}

	/** @return whether the text between compact units {@code i - 1} and {@code i + 1} holds a line break */
	private boolean lineBreakAfter(String text, int i) {
		int from = i == 0 ? 0 : position[i - 1] + 1;
		int to = i + 1 < position.length ? position[i + 1] : text.length();
		for (int k = from; k < to; k++) {
			char c = text.charAt(k);
			if (c == '\n' || c == '\r' || c == '\u2029') {
				return true;
			}
		}
		return false;
	}

	/** @return the text's index just after compact unit {@code end - 1} */
	public int endInText(int end) {
		return position[end - 1] + 1;
	}

	/** @return whether {@code cp} is a Han ideograph */
	public static boolean isHan(int cp) {
		return Character.isIdeographic(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
	}

	private static boolean isTransparent(int cp) {
		return cp == ' ' || cp == '\u3000' || cp == '\t' || cp == '\u3001' || cp == '\u00B7' || cp == '\u30FB';
	}

	private static boolean hanBefore(String text, int i) {
		return i > 0 && isHan(text.codePointBefore(i));
	}

	private static boolean hanAfter(String text, int i) {
		return i < text.length() && isHan(text.codePointAt(i));
	}
}
