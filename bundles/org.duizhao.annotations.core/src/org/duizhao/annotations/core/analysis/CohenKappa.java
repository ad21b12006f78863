package org.duizhao.annotations.core.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Cohen's kappa for two coders and nominal values: {@code (p_o - p_e) / (1 - p_e)}, with
 * {@code p_o} the share of units on which the coders agree and {@code p_e} the agreement expected
 * from each coder's own distribution of values (Cohen 1960). Units are added with a weight. Not
 * thread-safe.
 *
 * @since 0.1
 */
public final class CohenKappa {

	private final Map<Integer, Double> first = new HashMap<>();
	private final Map<Integer, Double> second = new HashMap<>();
	private double agree;
	private double total;

	/** Adds one unit coded {@code a} by the first coder and {@code b} by the second. */
	public CohenKappa add(int a, int b) {
		return add(1, a, b);
	}

	/** Adds {@code weight} units coded {@code a} by the first coder and {@code b} by the second. */
	public CohenKappa add(double weight, int a, int b) {
		first.merge(a, weight, Double::sum);
		second.merge(b, weight, Double::sum);
		if (a == b) {
			agree += weight;
		}
		total += weight;
		return this;
	}

	/** @return the observed agreement {@code p_o}, or NaN without units */
	public double observedAgreement() {
		return total == 0 ? Double.NaN : agree / total;
	}

	/** @return the chance agreement {@code p_e}, or NaN without units */
	public double expectedAgreement() {
		if (total == 0) {
			return Double.NaN;
		}
		double pe = 0;
		for (Map.Entry<Integer, Double> e : first.entrySet()) {
			pe += e.getValue() / total * Objects.requireNonNullElse(second.get(e.getKey()), 0.0) / total;
		}
		return pe;
	}

	/** @return kappa, or NaN when it is undefined (no units, or chance agreement 1: one value only) */
	public double kappa() {
		double pe = expectedAgreement();
		if (Double.isNaN(pe) || pe >= 1) {
			return Double.NaN;
		}
		return (observedAgreement() - pe) / (1 - pe);
	}
}
