package org.duizhao.annotations.core.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal data, computed through the coincidence matrix, for any number
 * of coders and with missing values (Krippendorff, <i>Computing Krippendorff's Alpha-Reliability</i>,
 * 2011). Units are added one at a time, each with a weight, so that a run of identical units (the
 * characters of a stretch of text that every coder coded alike) is added in one step.
 * <p>
 * Each unit with {@code m >= 2} values contributes, for every ordered pair of values from two
 * different coders, {@code 1 / (m - 1)} to the coincidence of those two values; units with fewer
 * values are not pairable and count for nothing. Then
 * {@code alpha = 1 - (n - 1) * (n - sum o_cc) / (n^2 - sum n_c^2)}, with {@code n} the pairable
 * values and {@code n_c} the marginal of value {@code c}. Not thread-safe.
 *
 * @since 0.1
 */
public final class KrippendorffAlpha {

	/** A coder's missing value. */
	public static final int MISSING = Integer.MIN_VALUE;

	private final Map<Integer, Double> marginals = new HashMap<>();
	private double diagonal;
	private double pairable;

	/** Adds one unit: one value per coder, {@link #MISSING} where a coder gave none. */
	public KrippendorffAlpha add(int... values) {
		return addWeighted(1, values);
	}

	/**
	 * Adds {@code weight} identical units.
	 *
	 * @param weight how many units, {@code >= 0}
	 * @param values one value per coder, {@link #MISSING} where a coder gave none
	 */
	public KrippendorffAlpha addWeighted(double weight, int... values) {
		Map<Integer, Integer> counts = new HashMap<>();
		int m = 0;
		for (int v : values) {
			if (v != MISSING) {
				counts.merge(v, 1, Integer::sum);
				m++;
			}
		}
		if (m < 2 || weight == 0) {
			return this;
		}
		for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
			int c = e.getValue();
			// o_vv gains c(c-1)/(m-1); the row of v sums to c(m-1)/(m-1) = c
			diagonal += weight * c * (c - 1) / (m - 1);
			marginals.merge(e.getKey(), weight * c, Double::sum);
		}
		pairable += weight * m;
		return this;
	}

	/** @return the number of pairable values {@code n} */
	public double pairableValues() {
		return pairable;
	}

	/** @return the observed disagreement {@code D_o}, the share of off-diagonal coincidences */
	public double observedDisagreement() {
		return pairable == 0 ? Double.NaN : (pairable - diagonal) / pairable;
	}

	/**
	 * @return alpha, or {@link Double#NaN} when it is undefined: no pairable values, or every value
	 *         the same (no variation, so no expected disagreement)
	 */
	public double alpha() {
		double sumSquares = 0;
		for (double nc : marginals.values()) {
			sumSquares += nc * nc;
		}
		double expected = pairable * pairable - sumSquares;
		if (pairable < 2 || expected <= 0) {
			return Double.NaN;
		}
		return 1 - (pairable - 1) * (pairable - diagonal) / expected;
	}
}
