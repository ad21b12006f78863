package org.duizhao.annotations.core.internal.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.exchange.ExportResult;
import org.duizhao.annotations.core.internal.exchange.ExportData;
import org.duizhao.annotations.core.internal.exchange.Messages;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Metadata;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Writes the coded segments as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads
 * Chinese correctly), CRLF line ends and RFC 4180 quoting. One row per annotation; the column
 * names are fixed English identifiers so scripts can rely on them. {@code start} and {@code end}
 * are code point offsets of the document's current version, empty for an annotation that is not
 * placed on it ({@code anchored} is then {@code false}); {@code codes} are code paths joined with
 * {@code "; "}.
 */
public final class CsvExporter {

	/** The header row. */
	public static final List<String> COLUMNS = List.of("document", "document_id", "start", "end", "quote", "codes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"coder", "memo", "created", "modified", "anchored", "title", "source", "date", "region", "issuer", "tags"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

	private final ExportData data;

	/** @param data what to export */
	public CsvExporter(ExportData data) {
		this.data = data;
	}

	/** Writes the table to {@code out} (flushed, not closed). */
	public ExportResult export(OutputStream out, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskExport, data.annotations().size());
		Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		w.write('\uFEFF');
		row(w, COLUMNS);
		List<String> problems = new ArrayList<>();
		int rows = 0;
		for (Annotation a : data.annotations()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			Document d = data.document(a.documentId());
			if (d == null) {
				problems.add(NLS.bind(Messages.exportNoDocument, a.id(), a.documentId()));
			} else {
				row(w, cells(a, d));
				rows++;
			}
			progress.worked(1);
		}
		w.flush();
		return new ExportResult(data.project().documents().size(), data.codes().size(), rows, 0, problems);
	}

	private List<String> cells(Annotation a, Document d) throws IOException {
		boolean placed = data.isPlaced(a, d);
		Metadata m = d.metadata();
		String quote = placed ? data.text(d).slice(a.start(), a.end()) : a.quote().exact();
		return List.of(d.displayName(), d.id(), placed ? Integer.toString(a.start()) : "", //$NON-NLS-1$
				placed ? Integer.toString(a.end()) : "", quote, data.codePaths(a, "; "), a.coder(), a.memo(), //$NON-NLS-1$ //$NON-NLS-2$
				a.created().toString(), a.modified().toString(), Boolean.toString(placed), nn(m.title()),
				nn(m.source()), nn(m.date()), nn(m.region()), nn(m.issuer()), String.join("; ", m.tags())); //$NON-NLS-1$
	}

	private static String nn(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	static void row(Writer w, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				w.write(',');
			}
			w.write(quote(cells.get(i)));
		}
		w.write("\r\n"); //$NON-NLS-1$
	}

	/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
	static String quote(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
