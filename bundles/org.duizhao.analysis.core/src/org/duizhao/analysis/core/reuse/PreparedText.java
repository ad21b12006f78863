package org.duizhao.analysis.core.reuse;

import org.duizhao.analysis.core.internal.HanMask;
import org.duizhao.analysis.core.internal.HanPassages;

/**
 * One document made ready for {@link PairReuse#compare(PreparedText, PreparedText, double, ReuseParameters)}:
 * its Han characters with the map back to the text, their sorted index of runs, and the text's
 * code-point offsets. A document meets dozens of others in a corpus; preparing it once rather than
 * once a pair halves what a pair costs. Immutable, so it may be shared between threads.
 */
public final class PreparedText {

	private final String id;
	final HanMask mask;
	final long[] grams;
	/** Code point offset per UTF-16 index of the text, or {@code null} when the two are the same. */
	private final int[] codePoints;
	final int han;

	private PreparedText(String id, HanMask mask, long[] grams, int[] codePoints, int han) {
		this.id = id;
		this.mask = mask;
		this.grams = grams;
		this.codePoints = codePoints;
		this.han = han;
	}

	/**
	 * @param text the document
	 * @return it prepared
	 * @throws IllegalArgumentException when its Han characters pass 2^24 units
	 */
	public static PreparedText of(ReuseText text) {
		String t = text.text();
		HanMask mask = HanMask.of(t).hanOnly(t);
		return new PreparedText(text.id(), mask, HanPassages.grams(mask.compact), codePoints(t), PairReuse.han(mask.compact));
	}

	/** @return the document id */
	public String id() {
		return id;
	}

	/** @return about how many bytes this holds, for a cache to count */
	public long bytes() {
		return 64 + 2L * mask.compact.length() + 4L * mask.position.length + 8L * grams.length
				+ (codePoints == null ? 0 : 4L * codePoints.length);
	}

	/** @return the code point offset at UTF-16 index {@code index} of the text */
	int codePoint(int index) {
		return codePoints == null ? index : codePoints[index];
	}

	/**
	 * @return for each UTF-16 index of {@code text} (and its length), the code point offset there, or
	 *         {@code null} when the text has no surrogate pair (then they are equal): a pair has
	 *         hundreds of passages, and counting from the start for each cost a third of the comparison
	 */
	private static int[] codePoints(String text) {
		boolean pairs = false;
		for (int i = 0; i < text.length() && !pairs; i++) {
			pairs = Character.isSurrogate(text.charAt(i));
		}
		if (!pairs) {
			return null;
		}
		int[] out = new int[text.length() + 1];
		for (int i = 0; i < text.length(); i++) {
			// as String.codePointCount(0, i + 1): a low surrogate after its high one adds nothing
			boolean second = i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1));
			out[i + 1] = out[i] + (second ? 0 : 1);
		}
		return out;
	}
}
