package org.duizhao.compare.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the hunks of a result to A's original text (moves as delete + insert), to check that
 * they rebuild B.
 */
final class Apply {

	private record Op(int start, int end, int key, String text) {
	}

	private Apply() {
	}

	static String apply(CompareResult result) {
		String a = result.a().text().original();
		String b = result.b().text().original();
		List<Op> ops = new ArrayList<>();
		for (Hunk h : result.hunks()) {
			String bText = h.b().of(b);
			switch (h.type()) {
			case MOVE -> {
				ops.add(new Op(h.a().start(), h.a().end(), h.anchorB(), ""));
				ops.add(new Op(h.anchorA(), h.anchorA(), h.b().start(), bText));
			}
			case DELETE -> ops.add(new Op(h.a().start(), h.a().end(), h.b().start(), ""));
			default -> ops.add(new Op(h.a().start(), h.a().end(), h.b().start(), bText));
			}
		}
		ops.sort(Comparator.comparingInt(Op::start).thenComparingInt(Op::key));
		StringBuilder out = new StringBuilder();
		int cursor = 0;
		for (Op op : ops) {
			if (op.start() > cursor) {
				out.append(a, cursor, op.start());
				cursor = op.start();
			}
			out.append(op.text());
			cursor = Math.max(cursor, op.end());
		}
		return out.append(a.substring(cursor)).toString();
	}
}
