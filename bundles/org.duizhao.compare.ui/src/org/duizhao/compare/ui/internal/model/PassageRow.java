package org.duizhao.compare.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.SharedPassage;
import org.duizhao.text.core.CodePoints;

/**
 * One row of the shared passages table: the passage with its length and positions in code
 * points, as the user sees them everywhere else. UI-free.
 *
 * @param passage never {@code null}
 * @param length code points of the normalized passage
 * @param positionA code point offset of its start in A's original text
 * @param positionB code point offset of its start in B's original text
 */
public record PassageRow(SharedPassage passage, int length, int positionA, int positionB) {

	/** @return the rows of {@code result}, in text order */
	public static List<PassageRow> of(CompareResult result) {
		CodePoints.Index a = CodePoints.index(result.a().text().original());
		CodePoints.Index b = CodePoints.index(result.b().text().original());
		List<PassageRow> rows = new ArrayList<>(result.shared().size());
		for (SharedPassage p : result.shared()) {
			rows.add(new PassageRow(p, CodePoints.length(p.text()), a.toCodePoint(p.a().start()),
					b.toCodePoint(p.b().start())));
		}
		return rows;
	}

	/** @return the passage's original text in A, on one line */
	public String text(CompareResult result) {
		return passage.a().of(result.a().text().original()).replace('\n', ' ').replace('\r', ' ');
	}
}
