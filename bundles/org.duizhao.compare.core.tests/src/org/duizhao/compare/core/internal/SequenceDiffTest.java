package org.duizhao.compare.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The bounded sequence alignment: blocks cover both sequences in order, equal blocks are equal,
 * edits stay near the minimum on local changes, and unrelated input gives up cheaply.
 */
class SequenceDiffTest {

	@Test
	void blocksCoverBothSequencesInOrder() {
		Random random = new Random(42);
		for (int round = 0; round < 200; round++) {
			int[] a = randomIds(random, 1 + random.nextInt(3000), 6);
			int[] b = edit(random, a, random.nextInt(40));
			check(a, b, new SequenceDiff(a, b, null, null, 8, new int[] { 8 }, true, null).run());
		}
	}

	@Test
	void localEditsCostAboutTheMinimum() {
		Random random = new Random(7);
		int[] a = randomIds(random, 50_000, 30);
		int[] b = edit(random, a, 200);
		List<Block> blocks = new SequenceDiff(a, b, null, null, 8, new int[] { 8 }, true, null).run();
		check(a, b, blocks);
		// 200 single edits cost at most 400 inserted + deleted elements
		assertThat(edits(blocks)).isLessThanOrEqualTo(400);
	}

	@Test
	void unrelatedInputGivesUpToReplace() {
		Random random = new Random(9);
		int[] a = randomIds(random, 200_000, 1000);
		int[] b = randomIds(random, 200_000, 1000);
		for (int k = 0; k < b.length; k++) {
			b[k] += 5000; // disjoint alphabets
		}
		List<Block> blocks = new SequenceDiff(a, b, null, null, 8, new int[] { 8 }, true, null).run();
		check(a, b, blocks);
		assertThat(blocks).hasSize(1);
		assertThat(blocks.get(0).equal()).isFalse();
	}

	@Test
	void backboneKeepsRepeatedParagraphsInStep() {
		// ten paragraphs repeated in shuffled rounds, then one paragraph removed: a greedy walk
		// could follow a wrong copy, the backbone keeps it on track
		int[] a = new int[3000];
		for (int k = 0; k < a.length; k++) {
			a[k] = (k % 30) / 3 * 3 + (k / 300) % 3; // repeats with a slowly changing pattern
		}
		int[] b = new int[a.length - 30];
		System.arraycopy(a, 0, b, 0, 1500);
		System.arraycopy(a, 1530, b, 1500, a.length - 1530);
		int[] weights = new int[a.length];
		java.util.Arrays.fill(weights, 20);
		List<Block> blocks = new SequenceDiff(a, b, weights, weights, 1, new int[] { 64, 12 }, false, null).run();
		check(a, b, blocks);
		assertThat(edits(blocks)).isEqualTo(30);
	}

	private static long edits(List<Block> blocks) {
		long n = 0;
		for (Block k : blocks) {
			if (!k.equal()) {
				n += (k.aEnd() - k.aStart()) + (k.bEnd() - k.bStart());
			}
		}
		return n;
	}

	private static void check(int[] a, int[] b, List<Block> blocks) {
		int i = 0;
		int j = 0;
		for (Block k : blocks) {
			assertThat(k.aStart()).isEqualTo(i);
			assertThat(k.bStart()).isEqualTo(j);
			if (k.equal()) {
				for (int d = 0; d < k.aEnd() - k.aStart(); d++) {
					assertThat(a[k.aStart() + d]).isEqualTo(b[k.bStart() + d]);
				}
			}
			i = k.aEnd();
			j = k.bEnd();
		}
		assertThat(i).isEqualTo(a.length);
		assertThat(j).isEqualTo(b.length);
	}

	private static int[] randomIds(Random random, int n, int alphabet) {
		int[] out = new int[n];
		for (int k = 0; k < n; k++) {
			out[k] = random.nextInt(alphabet);
		}
		return out;
	}

	private static int[] edit(Random random, int[] a, int count) {
		java.util.List<Integer> list = new java.util.ArrayList<>();
		for (int x : a) {
			list.add(x);
		}
		for (int k = 0; k < count && !list.isEmpty(); k++) {
			int at = random.nextInt(list.size());
			switch (random.nextInt(3)) {
			case 0 -> list.add(at, random.nextInt(100));
			case 1 -> list.remove(at);
			default -> list.set(at, random.nextInt(100));
			}
		}
		return list.stream().mapToInt(Integer::intValue).toArray();
	}
}
