package org.duizhao.analysis.core.corpus;

import java.util.Locale;

/** How a diffusion table groups documents: by region, by year, or region × year. */
public enum DiffusionGrouping {
	/** One row per region. */
	REGION,
	/** One row per year. */
	YEAR,
	/** One row per region, one column per year. */
	REGION_YEAR;

	/**
	 * @param value {@code region}, {@code year} or {@code region,year}
	 * @return the grouping
	 * @throws IllegalArgumentException for anything else
	 */
	public static DiffusionGrouping parse(String value) {
		return switch (value.strip().toLowerCase(Locale.ROOT).replace(" ", "")) { //$NON-NLS-1$ //$NON-NLS-2$
		case "region" -> REGION; //$NON-NLS-1$
		case "year" -> YEAR; //$NON-NLS-1$
		case "region,year", "region×year", "regionxyear" -> REGION_YEAR; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> throw new IllegalArgumentException(value);
		};
	}
}
