package org.duizhao.compare.ui.internal.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.duizhao.compare.core.CompareOptions;
import org.duizhao.compare.core.Granularity;
import org.duizhao.text.core.normalize.NormalizeOption;

/**
 * What the user chose in the compare editor's tool bar: the granularity and what to ignore.
 * Immutable.
 *
 * @param granularity never {@code null}
 * @param ignore never {@code null}; unmodifiable
 */
public record CompareSettings(Granularity granularity, Set<NormalizeOption> ignore) {

	/** Copies the set. */
	public CompareSettings {
		Objects.requireNonNull(granularity, "granularity"); //$NON-NLS-1$
		ignore = Collections.unmodifiableSet(ignore.isEmpty() ? EnumSet.noneOf(NormalizeOption.class) : EnumSet.copyOf(ignore));
	}

	/** @return character granularity, ignoring script, whitespace, pinyin glosses and width */
	public static CompareSettings defaults() {
		return new CompareSettings(Granularity.CHAR, EnumSet.of(NormalizeOption.SCRIPT, NormalizeOption.WHITESPACE,
				NormalizeOption.PINYIN, NormalizeOption.WIDTH));
	}

	/** @return a copy with another granularity */
	public CompareSettings withGranularity(Granularity value) {
		return new CompareSettings(value, ignore);
	}

	/** @return a copy with {@code option} ignored or not */
	public CompareSettings with(NormalizeOption option, boolean ignored) {
		Set<NormalizeOption> copy = ignore.isEmpty() ? EnumSet.noneOf(NormalizeOption.class) : EnumSet.copyOf(ignore);
		if (ignored) {
			copy.add(option);
		} else {
			copy.remove(option);
		}
		return new CompareSettings(granularity, copy);
	}

	/** @return the engine options for these settings */
	public CompareOptions options() {
		return CompareOptions.defaults().withGranularity(granularity);
	}
}
