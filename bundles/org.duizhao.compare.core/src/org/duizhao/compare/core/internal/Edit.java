package org.duizhao.compare.core.internal;

/**
 * One step of the alignment in normalized coordinates. For an insert, {@code aStart == aEnd} is
 * where B's text goes in A; for a delete, {@code bStart == bEnd} likewise in B.
 */
record Edit(Kind kind, int aStart, int aEnd, int bStart, int bEnd) {

	enum Kind {
		EQUAL, INSERT, DELETE, CHANGE
	}

	int aLength() {
		return aEnd - aStart;
	}

	int bLength() {
		return bEnd - bStart;
	}
}
