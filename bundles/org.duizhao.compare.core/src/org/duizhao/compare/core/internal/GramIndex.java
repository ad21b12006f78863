package org.duizhao.compare.core.internal;

import java.util.Arrays;

/**
 * Positions of gram hashes in one sequence, sorted by (hash, position) in one packed {@code long[]}:
 * eight bytes per position and no boxing, so that a million-character text stays cheap.
 */
final class GramIndex implements PositionIndex {

	private final long[] packed;
	private final long[] filter;
	private final int filterMask;

	private GramIndex(long[] packed) {
		this.packed = packed;
		// one bit per hash value (folded): most misses are answered from this small array instead
		// of a binary search through the large one, which costs a cache miss per step
		int bits = Integer.highestOneBit(Math.max(64, Math.min(1 << 26, packed.length * 8)));
		this.filter = new long[bits >>> 6];
		this.filterMask = bits - 1;
		for (long p : packed) {
			int bit = fold((int) (p >> 32));
			filter[bit >>> 6] |= 1L << bit;
		}
	}

	private int fold(int hash) {
		return (hash ^ (hash >>> 16) * 0x45D9F3B) & filterMask;
	}

	/** @return an index of {@code hashes[k]} at position {@code offset + k} */
	static GramIndex of(int[] hashes, int offset) {
		long[] packed = new long[hashes.length];
		for (int k = 0; k < hashes.length; k++) {
			packed[k] = pack(hashes[k], offset + k);
		}
		Arrays.sort(packed);
		return new GramIndex(packed);
	}

	static long pack(int hash, int position) {
		return ((long) hash << 32) | (position & 0xFFFFFFFFL);
	}

	@Override
	public int first(int hash, int from) {
		int bit = fold(hash);
		if ((filter[bit >>> 6] & (1L << bit)) == 0) {
			return -1;
		}
		int slot = Arrays.binarySearch(packed, pack(hash, from));
		if (slot < 0) {
			slot = -slot - 1;
		}
		return slot < packed.length && hashAt(slot) == hash ? slot : -1;
	}

	@Override
	public int next(int slot) {
		int n = slot + 1;
		return n < packed.length && hashAt(n) == hashAt(slot) ? n : -1;
	}

	@Override
	public int position(int slot) {
		return (int) packed[slot];
	}

	private int hashAt(int slot) {
		return (int) (packed[slot] >> 32);
	}
}
