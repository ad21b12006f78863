package org.duizhao.annotations.core.anchor;

import java.util.List;

import org.duizhao.annotations.core.Anchoring;

/**
 * How many annotations re-anchoring placed in each way: the report shown after each re-anchoring,
 * so that nothing is moved silently.
 *
 * @param exact carried over through the comparison, text unchanged
 * @param quote found again by their quote
 * @param fuzzy found again by a fuzzy match
 * @param unanchored could not be placed safely and were kept, marked unanchored
 * @since 0.1
 */
public record ReanchorCounts(int exact, int quote, int fuzzy, int unanchored) {

	/** No annotations. */
	public static final ReanchorCounts NONE = new ReanchorCounts(0, 0, 0, 0);

	/** @return the counts of {@code outcomes} */
	public static ReanchorCounts of(List<AnchorOutcome> outcomes) {
		int[] n = new int[Anchoring.values().length];
		for (AnchorOutcome o : outcomes) {
			n[o.how().ordinal()]++;
		}
		return new ReanchorCounts(n[Anchoring.EXACT.ordinal()], n[Anchoring.QUOTE.ordinal()],
				n[Anchoring.FUZZY.ordinal()], n[Anchoring.UNANCHORED.ordinal()]);
	}

	/** @return the sum of both counts */
	public ReanchorCounts plus(ReanchorCounts other) {
		return new ReanchorCounts(exact + other.exact, quote + other.quote, fuzzy + other.fuzzy,
				unanchored + other.unanchored);
	}

	/** @return the number of annotations */
	public int total() {
		return exact + quote + fuzzy + unanchored;
	}
}
