package org.duizhao.compare.core;

import java.util.List;

import org.duizhao.compare.core.internal.BaseComparer;
import org.duizhao.compare.core.internal.DiffEngine;
import org.duizhao.compare.core.internal.InputCheck;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Entry point of the comparison: two-level diff with moves and metrics, and "compare with base".
 * <p>
 * Cost stays near linear in the text length, also for unrelated texts. Sentences are aligned first:
 * a backbone of sentences unique in both texts (the heaviest chain by length, nested between its
 * own points where repeated sentences become unique), then between its points a walk to the
 * nearest shared run of sentences (weighted by length). Each stretch of changed sentences is then
 * diffed character by character (java-diff-utils' Myers on small pieces, cut at shared runs of 32,
 * then 8 characters first); a short equal run between surpluses of text on both sides is re-diffed
 * with its neighbours as one stretch when that costs fewer edits; very large stretches (unrelated
 * text) are instead paired sentence by sentence by bigram similarity, and unpaired sentences
 * become whole inserts and deletes. Passages deleted in one place and inserted in another become
 * moves.
 *
 * @since 0.1
 */
public final class Comparer {

	private Comparer() {
	}

	/**
	 * Compares text A with text B.
	 *
	 * @param a never {@code null}
	 * @param b never {@code null}
	 * @param options never {@code null}; see {@link CompareOptions#defaults()}
	 * @param monitor progress and cancel, may be {@code null}
	 * @return the result, never {@code null}
	 * @throws IllegalArgumentException if sentence or word ranges are unsorted, empty, overlapping or
	 *             outside the normalized text, or an option is out of range
	 * @throws OperationCanceledException if the monitor is cancelled
	 */
	public static CompareResult compare(CompareSide a, CompareSide b, CompareOptions options,
			IProgressMonitor monitor) {
		InputCheck.side(a, "a"); //$NON-NLS-1$
		InputCheck.side(b, "b"); //$NON-NLS-1$
		InputCheck.options(options);
		return DiffEngine.compare(a, b, options, monitor);
	}

	/** Compares with {@link CompareOptions#defaults()} and no monitor. */
	public static CompareResult compare(CompareSide a, CompareSide b) {
		return compare(a, b, CompareOptions.defaults(), null);
	}

	/**
	 * Compares one base text with several others, sentence by sentence.
	 *
	 * @param base never {@code null}
	 * @param others never {@code null}, no {@code null} elements
	 * @param names one column name per other text, never {@code null}
	 * @param options never {@code null}
	 * @param monitor progress and cancel, may be {@code null}
	 * @return the table: rows are the base sentences, columns the other texts
	 * @throws IllegalArgumentException as for {@link #compare}, or if the numbers of texts and names
	 *             differ
	 * @throws OperationCanceledException if the monitor is cancelled
	 */
	public static BaseComparison compareWithBase(CompareSide base, List<CompareSide> others, List<String> names,
			CompareOptions options, IProgressMonitor monitor) {
		InputCheck.side(base, "base"); //$NON-NLS-1$
		InputCheck.notNull(others, "others"); //$NON-NLS-1$
		InputCheck.notNull(names, "names"); //$NON-NLS-1$
		for (int k = 0; k < others.size(); k++) {
			InputCheck.side(others.get(k), "others[" + k + "]"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		InputCheck.options(options);
		return BaseComparer.compare(base, others, names, options, monitor);
	}
}
