package org.duizhao.compare.ui.internal.related;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.RelatedReport;
import org.duizhao.analysis.core.SharedParts;
import org.duizhao.analysis.core.Span;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.TextRange;

/**
 * The related-texts analysis of the two documents of a compare editor, as the Related mode shows
 * it: the core's report (offsets in code points), what each passage pair shares, which formulas are
 * generic, and the conversion to the panes' UTF-16 indices. UI-free.
 */
public final class RelatedResult {

	private final String textA;
	private final String textB;
	private final RelatedReport report;
	private final List<SharedParts> parts;
	private final List<FormulaRow> formulas;
	private final int corpusDocuments;
	private final CodePoints.Index indexA;
	private final CodePoints.Index indexB;

	/**
	 * @param textA the first original text
	 * @param textB the second
	 * @param report the analysis
	 * @param parts per passage of the report (same order), what the pair shares
	 * @param formulas per formula of the report (same order), its row
	 * @param corpusDocuments the number of documents in the project
	 */
	public RelatedResult(String textA, String textB, RelatedReport report, List<SharedParts> parts,
			List<FormulaRow> formulas, int corpusDocuments) {
		this.textA = textA;
		this.textB = textB;
		this.report = report;
		this.parts = List.copyOf(parts);
		this.formulas = List.copyOf(formulas);
		this.corpusDocuments = corpusDocuments;
		this.indexA = CodePoints.index(textA);
		this.indexB = CodePoints.index(textB);
	}

	/** @return the original text of {@code side} */
	public String text(Side side) {
		return side == Side.A ? textA : textB;
	}

	/** @return the core's report */
	public RelatedReport report() {
		return report;
	}

	/** @return the number of documents of the project */
	public int corpusDocuments() {
		return corpusDocuments;
	}

	/** @return every passage, in the order of the first text */
	public List<ParallelPassage> passages() {
		return report.passages();
	}

	/** @return the passages scoring at least {@code threshold} */
	public List<ParallelPassage> passages(double threshold) {
		return report.passages().stream().filter(p -> p.score() >= threshold - 1e-9).toList();
	}

	/** @return what passage {@code p} (one of {@link #passages()}) shares with its pair */
	public SharedParts parts(ParallelPassage p) {
		int k = report.passages().indexOf(p);
		return k < 0 ? new SharedParts(List.of(), List.of()) : parts.get(k);
	}

	/** @return the formulas in the core's order; generic ones only when {@code withGeneric} */
	public List<FormulaRow> formulas(boolean withGeneric) {
		List<FormulaRow> out = new ArrayList<>();
		for (FormulaRow f : formulas) {
			if (withGeneric || !f.generic()) {
				out.add(f);
			}
		}
		return out;
	}

	/** @return {@code span} (code points of {@code side}'s text) in UTF-16 indices, as the pane wants */
	public TextRange utf16(Side side, Span span) {
		CodePoints.Index index = side == Side.A ? indexA : indexB;
		return new TextRange(index.toUtf16(span.start()), index.toUtf16(span.end()));
	}

	/** @return the passage's side {@code side} */
	public static Span span(ParallelPassage p, Side side) {
		return side == Side.A ? p.a() : p.b();
	}

	/** @return up to {@code max} code points of {@code side}'s text at {@code span}, on one line */
	public String excerpt(Side side, Span span, int max) {
		TextRange r = utf16(side, span);
		String s = text(side).substring(r.start(), r.end()).replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max)) + '\u2026';
	}
}
