package org.duizhao.text.core.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.duizhao.text.core.TextRange;

/**
 * Collects the {@link Fold}s that steps report. A discarding log costs nothing, so steps can
 * always report; not thread-safe.
 */
public final class FoldLog {

	private static final FoldLog DISCARDING = new FoldLog(false);

	private final boolean enabled;
	private final List<Fold> folds = new ArrayList<>();

	private FoldLog(boolean enabled) {
		this.enabled = enabled;
	}

	/** @return a new log that keeps what it is told */
	public static FoldLog recording() {
		return new FoldLog(true);
	}

	/** @return the shared log that keeps nothing */
	public static FoldLog discarding() {
		return DISCARDING;
	}

	/** @return whether records are kept (steps may skip work when not) */
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * Records that units {@code start..end} of {@code view} became {@code to}.
	 *
	 * @param view the view the step read, never {@code null}
	 * @param to the replacement, never {@code null}; empty for a drop
	 */
	public void record(NormalizedText view, int start, int end, String to, FoldReason reason) {
		if (!enabled) {
			return;
		}
		int[] range = view.toOriginal(start, end);
		String from = view.original().substring(range[0], range[1]);
		folds.add(new Fold(new TextRange(range[0], range[1]), from, to, reason));
	}

	/** Records {@code fold} as it is, never {@code null}. */
	public void add(Fold fold) {
		if (enabled) {
			folds.add(fold);
		}
	}

	/** @return the folds recorded so far, in the order reported, never {@code null} */
	public List<Fold> folds() {
		return Collections.unmodifiableList(folds);
	}
}
