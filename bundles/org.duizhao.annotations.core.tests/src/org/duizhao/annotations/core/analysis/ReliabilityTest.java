package org.duizhao.annotations.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Krippendorff's alpha and Cohen's kappa against published worked examples. */
class ReliabilityTest {

	private static final int NA = KrippendorffAlpha.MISSING;

	/**
	 * Krippendorff (2011), <i>Computing Krippendorff's Alpha-Reliability</i>, example C: four
	 * observers, twelve units, nominal values 1..5, with missing values; the published result is
	 * alpha = 0.743 (unit 12 has one value only and is not pairable: n = 40).
	 */
	@Test
	void fourObserversWithMissingValues() {
		int[][] byUnit = { { 1, 1, NA, 1 }, { 2, 2, 3, 2 }, { 3, 3, 3, 3 }, { 3, 3, 3, 3 }, { 2, 2, 2, 2 },
				{ 1, 2, 3, 4 }, { 4, 4, 4, 4 }, { 1, 1, 2, 1 }, { 2, 2, 2, 2 }, { NA, 5, 5, 5 }, { NA, NA, 1, 1 },
				{ NA, 3, NA, NA } };
		KrippendorffAlpha alpha = new KrippendorffAlpha();
		for (int[] unit : byUnit) {
			alpha.add(unit);
		}
		assertThat(alpha.pairableValues()).isEqualTo(40);
		assertThat(alpha.alpha()).isCloseTo(0.743, within(0.0005));
	}

	/**
	 * Krippendorff (2011), example A: binary data, two observers, ten units, no missing values;
	 * published alpha = 0.095.
	 */
	@Test
	void twoObserversBinary() {
		int[] a = { 0, 1, 0, 0, 0, 0, 0, 0, 1, 0 };
		int[] b = { 1, 1, 1, 0, 0, 1, 0, 0, 0, 0 };
		KrippendorffAlpha alpha = new KrippendorffAlpha();
		for (int u = 0; u < a.length; u++) {
			alpha.add(a[u], b[u]);
		}
		assertThat(alpha.alpha()).isCloseTo(0.095, within(0.0005));
	}

	@Test
	void weightedUnitsEqualRepeatedUnits() {
		KrippendorffAlpha once = new KrippendorffAlpha().addWeighted(3, 1, 1).addWeighted(2, 0, 1).addWeighted(5, 0, 0);
		KrippendorffAlpha repeated = new KrippendorffAlpha();
		for (int k = 0; k < 3; k++) {
			repeated.add(1, 1);
		}
		for (int k = 0; k < 2; k++) {
			repeated.add(0, 1);
		}
		for (int k = 0; k < 5; k++) {
			repeated.add(0, 0);
		}
		assertThat(once.alpha()).isCloseTo(repeated.alpha(), within(1e-12));
	}

	@Test
	void alphaIsUndefinedWithoutVariationAndOneForPerfectAgreement() {
		assertThat(new KrippendorffAlpha().addWeighted(10, 0, 0).alpha()).isNaN();
		assertThat(new KrippendorffAlpha().add(NA, 1).alpha()).isNaN();
		assertThat(new KrippendorffAlpha().addWeighted(4, 1, 1, 1).addWeighted(6, 0, 0, 0).alpha()).isEqualTo(1.0);
	}

	/**
	 * The grant-proposal example found in textbooks and on Wikipedia's "Cohen's kappa": 50
	 * proposals, both readers yes on 20, both no on 15, A yes and B no on 5, A no and B yes on 10:
	 * p_o = 0.7, p_e = 0.5, kappa = 0.4.
	 */
	@Test
	void kappaOfTheGrantProposalExample() {
		CohenKappa kappa = new CohenKappa().add(20, 1, 1).add(15, 0, 0).add(5, 1, 0).add(10, 0, 1);
		assertThat(kappa.observedAgreement()).isCloseTo(0.7, within(1e-12));
		assertThat(kappa.expectedAgreement()).isCloseTo(0.5, within(1e-12));
		assertThat(kappa.kappa()).isCloseTo(0.4, within(1e-12));
	}

	@Test
	void kappaIsUndefinedWhenBothCodersUseOneValue() {
		assertThat(new CohenKappa().add(7, 0, 0).kappa()).isNaN();
		assertThat(new CohenKappa().kappa()).isNaN();
	}
}
