package org.duizhao.text.core.normalize.internal;

import java.util.List;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.FoldLog;
import org.duizhao.text.core.normalize.FoldReason;
import org.duizhao.text.core.normalize.NormalizationStep;
import org.duizhao.text.core.normalize.NormalizedText;

/**
 * Leaves out of the view every unit whose original range lies inside one of the given original
 * ranges (boilerplate lines, pinyin glosses). Working in original offsets lets marks found on
 * the original drive any later view.
 */
public final class RangeDropStep implements NormalizationStep {

	private final List<TextRange> ranges;
	private final FoldReason reason;

	/** @param ranges sorted, non-overlapping original ranges; @param reason reported for each drop */
	public RangeDropStep(List<TextRange> ranges, FoldReason reason) {
		this.ranges = ranges;
		this.reason = reason;
	}

	@Override
	public NormalizedText apply(NormalizedText input, FoldLog log) {
		if (ranges.isEmpty()) {
			return input;
		}
		NormalizedText.Builder out = NormalizedText.Builder.from(input);
		int r = 0;
		int dropStart = -1;
		for (int i = 0; i < input.length(); i++) {
			while (r < ranges.size() && ranges.get(r).end() <= input.originalStart(i)) {
				r++;
			}
			boolean inside = r < ranges.size() && ranges.get(r).start() <= input.originalStart(i)
					&& input.originalEnd(i) <= ranges.get(r).end();
			if (inside && dropStart < 0) {
				dropStart = i;
			} else if (!inside) {
				flush(input, log, dropStart, i);
				dropStart = -1;
				out.keep(i);
			}
		}
		flush(input, log, dropStart, input.length());
		return out.build();
	}

	private void flush(NormalizedText input, FoldLog log, int start, int end) {
		if (start >= 0) {
			log.record(input, start, end, "", reason); //$NON-NLS-1$
		}
	}
}
