package org.duizhao.compare.core.internal;

import java.util.Arrays;

/**
 * Positions by gram hash in a chained hash table, built in linear time: for look-ups that want
 * every position of a hash (move seeds), where {@link GramIndex}'s sort would dominate the cost
 * on a million unrelated characters.
 */
final class GramTable implements PositionIndex {

	private final int[] head;
	private final int[] hashes;
	private final int[] positions;
	private final int[] next;
	private final int mask;

	/** @param hashes hash per entry; @param positions position per entry; @param size entries used */
	GramTable(int[] hashes, int[] positions, int size) {
		int capacity = Integer.highestOneBit(Math.max(16, size * 2 - 1)) << 1;
		this.head = new int[capacity];
		Arrays.fill(head, -1);
		this.mask = capacity - 1;
		this.hashes = hashes;
		this.positions = positions;
		this.next = new int[size];
		// insert backwards so that each chain lists positions in increasing order
		for (int k = size - 1; k >= 0; k--) {
			int bucket = bucket(hashes[k]);
			next[k] = head[bucket];
			head[bucket] = k;
		}
	}

	/** @return the first entry with {@code hash}, or {@code -1} */
	int first(int hash) {
		return skip(head[bucket(hash)], hash);
	}

	@Override
	public int first(int hash, int from) {
		int entry = first(hash);
		while (entry >= 0 && positions[entry] < from) {
			entry = next(entry);
		}
		return entry;
	}

	@Override
	public int next(int entry) {
		return skip(next[entry], hashes[entry]);
	}

	@Override
	public int position(int entry) {
		return positions[entry];
	}

	private int skip(int entry, int hash) {
		while (entry >= 0 && hashes[entry] != hash) {
			entry = next[entry];
		}
		return entry;
	}

	private int bucket(int hash) {
		return (hash * 0x9E3779B1 >>> 8) & mask;
	}
}
