package org.duizhao.compare.core.internal;

import java.util.List;

import org.duizhao.compare.core.CompareOptions;
import org.duizhao.compare.core.CompareSide;
import org.duizhao.text.core.TextRange;
import org.eclipse.osgi.util.NLS;

/**
 * Argument checks of the facade, with messages a user can act on.
 */
public final class InputCheck {

	private InputCheck() {
	}

	/** @throws NullPointerException if {@code value} is {@code null} */
	public static <T> T notNull(T value, String name) {
		if (value == null) {
			throw new NullPointerException(NLS.bind(Messages.Argument_null, name));
		}
		return value;
	}

	/** @throws IllegalArgumentException if a range list is unsorted, overlapping or out of bounds */
	public static void side(CompareSide side, String name) {
		notNull(side, name);
		int length = side.text().length();
		ranges(side.sentences(), length, name);
		if (side.words() != null) {
			ranges(side.words(), length, name);
		}
	}

	/** @throws IllegalArgumentException if an option is out of range */
	public static void options(CompareOptions options) {
		notNull(options, "options"); //$NON-NLS-1$
		notNull(options.granularity(), "options.granularity"); //$NON-NLS-1$
		if (options.minMoveLength() < 1) {
			throw new IllegalArgumentException(NLS.bind(Messages.Options_minMove, options.minMoveLength()));
		}
		double t = options.pairThreshold();
		if (!(t >= 0 && t <= 1)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Options_threshold, t));
		}
	}

	private static void ranges(List<TextRange> ranges, int length, String name) {
		int previousEnd = 0;
		for (int k = 0; k < ranges.size(); k++) {
			TextRange r = ranges.get(k);
			if (r == null) {
				// the name is built only on failure: tens of thousands of ranges are checked per call
				notNull(r, name + "[" + k + "]"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (r.end() > length) {
				throw new IllegalArgumentException(NLS.bind(Messages.Sentences_outside,
						new Object[] { k, name, r.start(), r.end(), length }));
			}
			if (r.isEmpty()) {
				throw new IllegalArgumentException(NLS.bind(Messages.Sentences_empty, k, name));
			}
			if (r.start() < previousEnd) {
				throw new IllegalArgumentException(NLS.bind(Messages.Sentences_unordered, k, name));
			}
			previousEnd = r.end();
		}
	}
}
