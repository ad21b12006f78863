package org.duizhao.report.core;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.duizhao.compare.core.Granularity;
import org.duizhao.text.core.normalize.NormalizeOption;

/**
 * How a comparison report compares: the granularity of the differences and what the comparison
 * ignores. Shown in the report so a reader knows what "equal" meant.
 *
 * @param granularity never {@code null}
 * @param ignore what is folded before comparing, never {@code null}; unmodifiable
 */
public record ComparisonSettings(Granularity granularity, Set<NormalizeOption> ignore) {

	/** Copies the set. */
	public ComparisonSettings {
		Objects.requireNonNull(granularity, "granularity"); //$NON-NLS-1$
		ignore = Collections.unmodifiableSet(
				ignore == null || ignore.isEmpty() ? EnumSet.noneOf(NormalizeOption.class) : EnumSet.copyOf(ignore));
	}

	/**
	 * @return the compare editor's defaults: characters, ignoring script, whitespace, pinyin glosses
	 *         and width
	 */
	public static ComparisonSettings defaults() {
		return new ComparisonSettings(Granularity.CHAR, EnumSet.of(NormalizeOption.SCRIPT,
				NormalizeOption.WHITESPACE, NormalizeOption.PINYIN, NormalizeOption.WIDTH));
	}
}
