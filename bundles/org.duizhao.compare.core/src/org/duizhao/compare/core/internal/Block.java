package org.duizhao.compare.core.internal;

/**
 * A step of an alignment of two sequences: elements {@code aStart..aEnd} of A against
 * {@code bStart..bEnd} of B, either equal (same length, same elements) or replaced (either side may
 * be empty).
 */
public record Block(int aStart, int aEnd, int bStart, int bEnd, boolean equal) {

	static Block equal(int aStart, int bStart, int length) {
		return new Block(aStart, aStart + length, bStart, bStart + length, true);
	}

	static Block replace(int aStart, int aEnd, int bStart, int bEnd) {
		return new Block(aStart, aEnd, bStart, bEnd, false);
	}
}
