package org.duizhao.report.core.internal.docx;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.report.core.PairComparison;
import org.duizhao.report.core.Passage;
import org.duizhao.text.core.CodePoints;

/**
 * Cuts a pair into aligned rows for the side-by-side table. Rows end at line breaks that lie inside
 * a shared passage on both sides (the i-th line break of A's text of the passage with the i-th of
 * B's, or the last with the last when their counts differ), so that a row holds the same paragraphs
 * of both documents and whatever differs between them. A cut never falls inside a coded passage
 * with a memo, so that each Word comment stays anchored within one cell. With no such line break
 * the pair is one row, as in the HTML report.
 */
final class PairRows {

	/**
	 * One row: A's range and B's range, in code points, end exclusive.
	 */
	record Row(int aStart, int aEnd, int bStart, int bEnd) {
	}

	private PairRows() {
	}

	static List<Row> of(PairComparison pair) {
		int lengthA = CodePoints.length(pair.a().text());
		int lengthB = CodePoints.length(pair.b().text());
		List<int[]> cuts = new ArrayList<>();
		cuts.add(new int[] { 0, 0 });
		for (MatchedPassage s : pair.shared()) {
			for (int[] c : lineEnds(s)) {
				int[] last = cuts.get(cuts.size() - 1);
				int a = s.aStart() + c[0];
				int b = s.bStart() + c[1];
				if (a > last[0] && b > last[1] && a < lengthA && b < lengthB && free(pair.a(), a)
						&& free(pair.b(), b)) {
					cuts.add(new int[] { a, b });
				}
			}
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < cuts.size(); i++) {
			int[] from = cuts.get(i);
			int[] to = i + 1 < cuts.size() ? cuts.get(i + 1) : new int[] { lengthA, lengthB };
			rows.add(new Row(from[0], to[0], from[1], to[1]));
		}
		return rows;
	}

	/** @return pairs of offsets (in A's text of {@code s}, in B's) just after matching line breaks */
	private static List<int[]> lineEnds(MatchedPassage s) {
		List<Integer> a = lineEnds(s.aText());
		List<Integer> b = lineEnds(s.bText());
		List<int[]> out = new ArrayList<>();
		if (a.size() == b.size()) {
			for (int i = 0; i < a.size(); i++) {
				out.add(new int[] { a.get(i), b.get(i) });
			}
		} else if (!a.isEmpty() && !b.isEmpty()) {
			out.add(new int[] { a.get(a.size() - 1), b.get(b.size() - 1) });
		}
		return out;
	}

	/** @return the code point offsets just after each line break ({@code \n}, {@code \r\n}, {@code \r}) */
	static List<Integer> lineEnds(String text) {
		List<Integer> ends = new ArrayList<>();
		int cp = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1), cp++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
				ends.add(cp + 1);
			}
		}
		return ends;
	}

	/** @return whether no coded passage with a memo on {@code side} spans position {@code at} */
	private static boolean free(AnnotatedDocument side, int at) {
		for (Passage p : side.passages()) {
			if (!p.annotation().memo().isEmpty() && p.annotation().start() < at && p.annotation().end() > at) {
				return false;
			}
		}
		return true;
	}
}
