package org.duizhao.report.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.report.core.AgreementLine;
import org.duizhao.report.core.AgreementReport;
import org.duizhao.report.core.BaseRow;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.Formula;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.report.core.PairComparison;

/**
 * The tables of the comparison and agreement reports, as rows of strings for CSV (and any other
 * tabular format). Column names are fixed English identifiers; numbers use a dot, shares are
 * 0..1 with four decimals, an undefined value is an empty cell.
 */
public final class TableCsv {

	/** The table of a base against several documents: one row per document. */
	public static final List<String> BASE_COLUMNS = List.of("base", "document", "document_id", "similarity", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"shared_chars", "inserted_chars", "deleted_chars", "changed_chars", "moved_chars", "base_sentences", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"kept", "changed", "dropped"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * The passages of a pair: one row per difference ({@code insert, delete, change, move}), shared
	 * passage ({@code shared}), parallel passage ({@code parallel}) and formula ({@code formula}:
	 * {@code a_text} is the formula, {@code a_start} and {@code b_start} its counts in A and B,
	 * {@code score} the number of documents holding it).
	 */
	public static final List<String> PAIR_COLUMNS = List.of("kind", "number", "a_start", "a_end", "b_start", "b_end", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"a_text", "b_text", "score"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** The agreement table: one row per code. */
	public static final List<String> AGREEMENT_COLUMNS = List.of("code", "code_id", "units", "agreement", "kappa", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"alpha", "coders", "passages", "documents"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private TableCsv() {
	}

	/**
	 * @return the header and rows of a comparison: the pair's passages when it is a pair, else the
	 *         base table
	 */
	public static List<List<String>> comparison(ComparisonReport report) {
		List<List<String>> rows = new ArrayList<>();
		if (report.pair() != null) {
			rows.add(PAIR_COLUMNS);
			pair(report.pair(), rows);
			return rows;
		}
		rows.add(BASE_COLUMNS);
		for (BaseRow r : report.table()) {
			CompareMetrics m = r.metrics();
			rows.add(List.of(report.base().displayName(), r.document().displayName(), r.document().id(),
					share(m.similarity()), Long.toString(m.sharedChars()), Long.toString(m.insertedChars()),
					Long.toString(m.deletedChars()), Long.toString(m.changedChars()), Long.toString(m.movedChars()),
					Integer.toString(r.sentences()), share(r.kept()), share(r.changed()), share(r.dropped())));
		}
		return rows;
	}

	private static void pair(PairComparison pair, List<List<String>> rows) {
		for (Difference d : pair.differences()) {
			rows.add(List.of(d.type().id(), Integer.toString(d.number()), Integer.toString(d.aStart()),
					Integer.toString(d.aEnd()), Integer.toString(d.bStart()), Integer.toString(d.bEnd()), d.aText(),
					d.bText(), "")); //$NON-NLS-1$
		}
		matched("shared", pair.shared(), rows); //$NON-NLS-1$
		matched("parallel", pair.parallels(), rows); //$NON-NLS-1$
		int n = 0;
		for (Formula f : pair.formulas()) {
			rows.add(List.of("formula", Integer.toString(++n), Integer.toString(f.inA()), "", //$NON-NLS-1$ //$NON-NLS-2$
					Integer.toString(f.inB()), "", f.text(), f.text(), Integer.toString(f.documents()))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void matched(String kind, List<MatchedPassage> passages, List<List<String>> rows) {
		int n = 0;
		for (MatchedPassage p : passages) {
			rows.add(List.of(kind, Integer.toString(++n), Integer.toString(p.aStart()), Integer.toString(p.aEnd()),
					Integer.toString(p.bStart()), Integer.toString(p.bEnd()), p.aText(), p.bText(), share(p.score())));
		}
	}

	/** @return the header and one row per code */
	public static List<List<String>> agreement(AgreementReport report) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(AGREEMENT_COLUMNS);
		String coders = String.join(CsvExporter.CODE_SEPARATOR, report.coders());
		for (AgreementLine r : report.rows()) {
			rows.add(List.of(r.path(), r.code().id(), Long.toString(r.units()), share(r.agreement()),
					share(r.kappa()), share(r.alpha()), coders,
					String.join(CsvExporter.CODE_SEPARATOR, r.passages().stream().map(String::valueOf).toList()),
					Integer.toString(report.documents().size())));
		}
		return rows;
	}

	/** @return four decimals with a dot, or "" when undefined */
	static String share(Double value) {
		return value == null ? "" : String.format(Locale.ROOT, "%.4f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
