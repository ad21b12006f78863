package org.duizhao.report.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.report.core.AgreementReport;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.Segment;
import org.duizhao.report.core.SegmentsReport;

/**
 * CSV: the flat segments table, one row per coded passage (and the tables of the comparison and
 * agreement reports, see {@link TableCsv}), in UTF-8 with a byte order mark (so
 * Excel reads Chinese right) and RFC 4180 quoting. Column names are fixed English identifiers, not
 * translated, so that R, Python and SPSS scripts can rely on them. Offsets are code points of the
 * document version the passage is on; several codes are joined with {@value #CODE_SEPARATOR}.
 */
public final class CsvExporter implements ReportExporter {

	/** The columns, in order. */
	public static final List<String> COLUMNS = List.of("document", "document_id", "version", "start", "end", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"quote", "codes", "coder", "memo", "title", "source", "date", "region", "issuer", "tags"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/** Joins the code paths of one passage. */
	public static final String CODE_SEPARATOR = "; "; //$NON-NLS-1$

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Override
	public String format() {
		return "csv"; //$NON-NLS-1$
	}

	@Override
	public String extension() {
		return "csv"; //$NON-NLS-1$
	}

	@Override
	public Set<ReportKind> kinds() {
		return EnumSet.of(ReportKind.SEGMENTS, ReportKind.COMPARISON, ReportKind.AGREEMENT);
	}

	@Override
	public void write(Report report, OutputStream out) throws IOException {
		StringBuilder b = new StringBuilder();
		for (List<String> row : rows(report)) {
			Csv.record(b, row);
		}
		out.write(BOM);
		out.write(b.toString().getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	/** @return the header and the rows of {@code report} */
	private List<List<String>> rows(Report report) {
		if (report instanceof SegmentsReport segments) {
			List<List<String>> rows = new ArrayList<>();
			rows.add(COLUMNS);
			segments.rows().forEach(s -> rows.add(row(s)));
			return rows;
		}
		if (report instanceof ComparisonReport comparison) {
			return TableCsv.comparison(comparison);
		}
		if (report instanceof AgreementReport agreement) {
			return TableCsv.agreement(agreement);
		}
		throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.errorUnsupportedKind,
				new Object[] { format(), report.kind().id(), "html" })); //$NON-NLS-1$
	}

	private static List<String> row(Segment s) {
		Annotation a = s.passage().annotation();
		Metadata m = s.document().metadata();
		List<String> r = new ArrayList<>();
		r.add(s.document().displayName());
		r.add(s.document().id());
		r.add(Integer.toString(a.version()));
		r.add(Integer.toString(a.start()));
		r.add(Integer.toString(a.end()));
		r.add(a.quote().exact());
		r.add(String.join(CODE_SEPARATOR, s.codePaths()));
		r.add(a.coder());
		r.add(a.memo());
		r.add(m.title());
		r.add(m.source());
		r.add(m.date());
		r.add(m.region());
		r.add(m.issuer());
		r.add(m.tags() == null ? "" : String.join(CODE_SEPARATOR, m.tags())); //$NON-NLS-1$
		return r;
	}
}
