package org.duizhao.compare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The heaviest increasing chain: weight wins over count, both coordinates increase strictly.
 */
class HeaviestChainTest {

	@Test
	void oneHeavyPointBeatsTwoLightOnesThatCrossIt() {
		// (1, 5) crosses (2, 1) and (3, 2); the two light points weigh less together
		List<int[]> points = List.of(new int[] { 1, 5 }, new int[] { 2, 1 }, new int[] { 3, 2 });
		List<int[]> chain = HeaviestChain.of(points, new long[] { 100, 10, 10 }, 0, 6);
		assertThat(chain).containsExactly(points.get(0));
	}

	@Test
	void lightPointsWinWhenTogetherHeavier() {
		List<int[]> points = List.of(new int[] { 1, 5 }, new int[] { 2, 1 }, new int[] { 3, 2 });
		List<int[]> chain = HeaviestChain.of(points, new long[] { 15, 10, 10 }, 0, 6);
		assertThat(chain).containsExactly(points.get(1), points.get(2));
	}

	@Test
	void pointsWithTheSameIOrJNeverChain() {
		// sorted by i, then j descending, as the chain expects
		List<int[]> points = List.of(new int[] { 0, 3 }, new int[] { 0, 1 }, new int[] { 1, 3 }, new int[] { 2, 4 });
		List<int[]> chain = HeaviestChain.of(points, new long[] { 1, 1, 1, 1 }, 0, 5);
		assertThat(chain).hasSize(3);
		for (int k = 1; k < chain.size(); k++) {
			assertThat(chain.get(k)[0]).isGreaterThan(chain.get(k - 1)[0]);
			assertThat(chain.get(k)[1]).isGreaterThan(chain.get(k - 1)[1]);
		}
	}

	@Test
	void noPointsNoChain() {
		assertThat(HeaviestChain.of(List.of(), new long[0], 0, 0)).isEmpty();
	}
}
