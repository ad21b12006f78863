package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Takes moved passages out of the deletes and inserts they were found in; what is left of each
 * stays a delete or insert at the same place.
 */
final class MoveCarver {

	private MoveCarver() {
	}

	static List<Edit> carve(List<Edit> edits, List<Move> moves) {
		if (moves.isEmpty()) {
			return edits;
		}
		List<Move> byA = new ArrayList<>(moves);
		byA.sort(Comparator.comparingInt(Move::aStart));
		List<Move> byB = new ArrayList<>(moves);
		byB.sort(Comparator.comparingInt(Move::bStart));
		List<Edit> out = new ArrayList<>(edits.size() + 2 * moves.size());
		int ma = 0;
		int mb = 0;
		for (Edit e : edits) {
			if (e.kind() == Edit.Kind.DELETE) {
				ma = carveDelete(e, byA, ma, out);
			} else if (e.kind() == Edit.Kind.INSERT) {
				mb = carveInsert(e, byB, mb, out);
			} else {
				out.add(e);
			}
		}
		return out;
	}

	private static int carveDelete(Edit e, List<Move> byA, int m, List<Edit> out) {
		int cursor = e.aStart();
		while (m < byA.size() && byA.get(m).aStart() < e.aEnd()) {
			Move mv = byA.get(m++);
			if (mv.aStart() > cursor) {
				out.add(new Edit(Edit.Kind.DELETE, cursor, mv.aStart(), e.bStart(), e.bStart()));
			}
			cursor = mv.aEnd();
		}
		if (cursor < e.aEnd()) {
			out.add(new Edit(Edit.Kind.DELETE, cursor, e.aEnd(), e.bStart(), e.bStart()));
		}
		return m;
	}

	private static int carveInsert(Edit e, List<Move> byB, int m, List<Edit> out) {
		int cursor = e.bStart();
		while (m < byB.size() && byB.get(m).bStart() < e.bEnd()) {
			Move mv = byB.get(m++);
			if (mv.bStart() > cursor) {
				out.add(new Edit(Edit.Kind.INSERT, e.aStart(), e.aStart(), cursor, mv.bStart()));
			}
			cursor = mv.bEnd();
		}
		if (cursor < e.bEnd()) {
			out.add(new Edit(Edit.Kind.INSERT, e.aStart(), e.aStart(), cursor, e.bEnd()));
		}
		return m;
	}
}
