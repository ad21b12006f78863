package org.duizhao.compare.core.internal;

/**
 * Positions of gram hashes in one sequence, in increasing order per hash.
 */
interface PositionIndex {

	/** @return the slot of the first position {@code >= from} with {@code hash}, or {@code -1} */
	int first(int hash, int from);

	/** @return the next slot with the same hash as {@code slot}, or {@code -1} */
	int next(int slot);

	/** @return the position stored in {@code slot} */
	int position(int slot);

	/**
	 * @return an index of {@code hashes[k]} at position {@code offset + k}: hash chains for small
	 *         inputs (built in linear time), a sorted array for large ones (where a frequent hash,
	 *         such as a blank line, needs a binary search rather than a walk along its chain)
	 */
	static PositionIndex of(int[] hashes, int offset) {
		if (hashes.length > 4096) {
			return GramIndex.of(hashes, offset);
		}
		int[] positions = new int[hashes.length];
		for (int k = 0; k < positions.length; k++) {
			positions[k] = offset + k;
		}
		return new GramTable(hashes, positions, hashes.length);
	}
}
