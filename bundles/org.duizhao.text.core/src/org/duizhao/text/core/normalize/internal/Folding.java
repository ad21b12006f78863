package org.duizhao.text.core.normalize.internal;

import org.duizhao.text.core.normalize.FoldLog;
import org.duizhao.text.core.normalize.FoldReason;
import org.duizhao.text.core.normalize.NormalizedText;

/**
 * What one step makes of a view, piece by piece: each piece of the previous view is kept or folded,
 * and every fold is written to the log. {@link #result()} is the previous view itself when nothing
 * was folded, so a step that changes nothing copies nothing.
 */
final class Folding {

	private final NormalizedText input;
	private final FoldLog log;
	private final NormalizedText.Builder out;
	private boolean changed;

	Folding(NormalizedText input, FoldLog log) {
		this.input = input;
		this.log = log;
		this.out = NormalizedText.Builder.from(input);
	}

	/** Keeps unit {@code index} of the previous view. */
	void keep(int index) {
		out.keep(index);
	}

	/** Keeps units {@code start..end} of the previous view. */
	void keep(int start, int end) {
		out.keep(start, end);
	}

	/**
	 * Writes {@code to} in place of units {@code start..end} and logs it with {@code reason};
	 * keeps the units when {@code to} is {@code null}. An empty {@code to} drops them.
	 */
	void fold(int start, int end, String to, FoldReason reason) {
		if (to == null) {
			out.keep(start, end);
			return;
		}
		out.replace(start, end, to);
		log.record(input, start, end, to, reason);
		changed = true;
	}

	/** @return the new view, or the previous one when nothing was folded */
	NormalizedText result() {
		return changed ? out.build() : input;
	}
}
