package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects edits in text order and joins neighbours of the same kind, so that a run of deleted
 * sentences becomes one delete and equal runs from both levels become one shared passage.
 */
final class EditList implements EditSink {

	private final List<Edit> edits = new ArrayList<>();

	@Override
	public void add(Edit.Kind kind, int aStart, int aEnd, int bStart, int bEnd) {
		if (aStart == aEnd && bStart == bEnd) {
			return;
		}
		if (kind == Edit.Kind.CHANGE && aStart == aEnd) {
			kind = Edit.Kind.INSERT;
		} else if (kind == Edit.Kind.CHANGE && bStart == bEnd) {
			kind = Edit.Kind.DELETE;
		}
		if (!edits.isEmpty()) {
			Edit last = edits.get(edits.size() - 1);
			if (last.kind() == kind && last.aEnd() == aStart && last.bEnd() == bStart) {
				edits.set(edits.size() - 1, new Edit(kind, last.aStart(), aEnd, last.bStart(), bEnd));
				return;
			}
		}
		edits.add(new Edit(kind, aStart, aEnd, bStart, bEnd));
	}

	/** @return the characters of A and B in edits other than equal ones */
	long touched() {
		long n = 0;
		for (Edit e : edits) {
			if (e.kind() != Edit.Kind.EQUAL) {
				n += e.aLength() + e.bLength();
			}
		}
		return n;
	}

	List<Edit> edits() {
		return edits;
	}
}
