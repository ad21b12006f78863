package org.duizhao.report.core.internal;

import java.time.Instant;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.compare.core.HunkType;
import org.duizhao.corpus.core.Document;
import org.duizhao.report.core.AgreementLine;
import org.duizhao.report.core.AgreementReport;
import org.duizhao.report.core.BaseRow;
import org.duizhao.report.core.CodeGroup;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.ComparisonSettings;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.Formula;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.report.core.PairComparison;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.LegendEntry;
import org.duizhao.report.core.Passage;
import org.duizhao.report.core.Segment;
import org.duizhao.report.core.SegmentsReport;

/**
 * Reports built by hand around text no store would keep (the SQLite store turns lone surrogates into
 * '?'): control characters, unpaired surrogates, a character outside the BMP (𠀀), markup, a
 * formula, in the text, the memo, the coder, the code name and the project name.
 */
final class HostileReports {

	/** Markup, controls, a lone high and a lone low surrogate, 𠀀 (U+20000), a formula start. */
	static final String BAD = "<script>alert(1)</script>\u0000\u0007\u001b\ud800x\udc00𠀀&amp;]]>\u0085\uffff"; //$NON-NLS-1$
	/** {@link #BAD} as every format must carry it. */
	static final String CLEAN = "<script>alert(1)</script>\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD𠀀&amp;]]>\uFFFD\uFFFD"; //$NON-NLS-1$
	/** The document text: some Chinese, then {@link #BAD} on its own line, coded. */
	static final String TEXT = "甲乙\n" + BAD + "\n丙"; //$NON-NLS-1$ //$NON-NLS-2$

	private HostileReports() {
	}

	static Code code() {
		return new Code("c1", null, BAD, "#ffd966\"><x", null, null, 0, 1); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Annotation annotation(Document d) {
		int start = 3;
		int end = start + BAD.codePointCount(0, BAD.length());
		return new Annotation("a1", d.id(), d.current().number(), start, end, new TextQuote(BAD, "\n", "\n"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of("c1"), "=HYPERLINK(\"http://x\")" + BAD, BAD, Instant.EPOCH, null, null, 1); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static DocumentReport document(Document d) {
		Passage p = new Passage(annotation(d), List.of(code()));
		Memo memo = new Memo("m1", d.id(), BAD, BAD, BAD, Instant.EPOCH, null, 1); //$NON-NLS-1$
		AnnotatedDocument doc = new AnnotatedDocument(d, TEXT, List.of(p), List.of(memo), 0);
		return new DocumentReport(BAD, List.of(doc), List.of(new LegendEntry(code(), BAD, 1, 10, 0.5)));
	}

	static SegmentsReport segments(Document d) {
		Passage p = new Passage(annotation(d), List.of(code()));
		return new SegmentsReport(BAD, List.of(), List.of(new Segment(d, p, List.of(BAD))));
	}

	/**
	 * A pair of two copies of the hostile document: the hostile line changed, the first line shared,
	 * a formula and a parallel passage holding the hostile text.
	 */
	static ComparisonReport comparison(Document d) {
		DocumentReport one = document(d);
		AnnotatedDocument a = one.documents().get(0);
		int end = 3 + BAD.codePointCount(0, BAD.length());
		CompareMetrics m = new CompareMetrics(0.5, 3, 0, 0, end - 3, 0, 0, 0, 1, 0);
		PairComparison pair = new PairComparison(a, a, m,
				List.of(new Difference(1, HunkType.CHANGE, 3, end, 3, end, BAD, BAD)),
				List.of(new MatchedPassage(0, 3, 0, 3, "甲乙\n", "甲乙\n", 1)), //$NON-NLS-1$ //$NON-NLS-2$
				List.of(new Formula(BAD, 1, 1, 2)), List.of(new MatchedPassage(3, end, 3, end, BAD, BAD, 0.5)));
		return new ComparisonReport(BAD, ComparisonSettings.defaults(), d,
				List.of(new BaseRow(d, m, 2, 0.5, 0.5, 0)), pair);
	}

	/** The segments of {@link #segments} also grouped under their code, as the grouped view shows them. */
	static SegmentsReport groupedSegments(Document d) {
		Segment s = segments(d).rows().get(0);
		CodeGroup g = new CodeGroup(new LegendEntry(code(), BAD, 1, 10, 0.5), List.of(s));
		return new SegmentsReport(BAD, List.of(g), List.of(s));
	}

	/**
	 * A pair whose sides hold {@link #TEXT} (A) and {@link #TEXT} with the bad line replaced (B): the
	 * bad line coded on A, one change, one shared passage, one parallel passage and a formula, all
	 * carrying the bad text.
	 */
	static ComparisonReport comparison(Document a, Document b) {
		int bad = BAD.codePointCount(0, BAD.length());
		String textB = "甲乙\n丁\n丙"; //$NON-NLS-1$
		AnnotatedDocument sideA = document(a).documents().get(0);
		AnnotatedDocument sideB = new AnnotatedDocument(b, textB, List.of(), List.of(), 0);
		CompareMetrics m = new CompareMetrics(0.5, 5, 0, 0, bad, 0, 0, 0, 1, 0);
		PairComparison pair = new PairComparison(sideA, sideB, m,
				List.of(new Difference(1, HunkType.CHANGE, 3, 3 + bad, 3, 4, BAD, "丁")), //$NON-NLS-1$
				List.of(new MatchedPassage(0, 3, 0, 3, "甲乙\n", "甲乙\n", 1)), //$NON-NLS-1$ //$NON-NLS-2$
				List.of(new Formula(BAD, 1, 1, 2)), List.of(new MatchedPassage(2, 3 + bad, 2, 4, BAD, "丁", 0.25))); //$NON-NLS-1$
		BaseRow row = new BaseRow(b, m, 3, 0.5, 0.25, 0.25);
		return new ComparisonReport(BAD, ComparisonSettings.defaults(), a, List.of(row), pair);
	}

	/** Agreement with a bad coder name and code; kappa undefined, alpha not a number. */
	static AgreementReport agreement(Document d) {
		AgreementLine line = new AgreementLine(code(), BAD, 10, 0.5, null, Double.NaN, List.of(1, 0));
		return new AgreementReport(BAD, List.of(BAD, "乙"), List.of(d), List.of(line)); //$NON-NLS-1$
	}
}

