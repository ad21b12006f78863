package org.duizhao.compare.core.internal;

/**
 * A passage deleted at {@code aStart..aEnd} of A and inserted at {@code bStart..bEnd} of B
 * (normalized coordinates, same text). {@code anchorA} is where the insert sat in A,
 * {@code anchorB} where the delete sat in B.
 */
record Move(int aStart, int aEnd, int bStart, int bEnd, int anchorA, int anchorB) {

	int length() {
		return aEnd - aStart;
	}
}
