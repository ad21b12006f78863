package org.duizhao.report.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.Passage;
import org.duizhao.report.core.Segment;
import org.duizhao.report.core.SegmentsReport;

/**
 * The coded segments as a flat table, one row per passage: offsets are code points of the document
 * version the passage is on (numbers), several codes or tags are joined with
 * {@value #CODE_SEPARATOR}, and the document's metadata come last.
 */
public final class SegmentsTable {

	/** The columns, in order. */
	public static final List<String> COLUMNS = List.of("document", "document_id", "version", "start", "end", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"quote", "codes", "coder", "memo", "title", "source", "date", "region", "issuer", "tags"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/** Joins the code paths of one passage, and a document's tags. */
	public static final String CODE_SEPARATOR = "; "; //$NON-NLS-1$

	private SegmentsTable() {
	}

	/** @return the table of {@code report}'s rows */
	public static Table of(SegmentsReport report) {
		List<List<Object>> rows = new ArrayList<>();
		for (Segment s : report.rows()) {
			rows.add(row(s));
		}
		return new Table("segments", COLUMNS, rows); //$NON-NLS-1$
	}

	/**
	 * @return the annotated documents' passages (those on each document's current text, as the
	 *         report shows them) in the same columns, document by document in text order
	 */
	public static Table of(DocumentReport report) {
		Map<String, String> paths = new HashMap<>();
		report.legend().forEach(e -> paths.put(e.code().id(), e.path()));
		List<List<Object>> rows = new ArrayList<>();
		for (AnnotatedDocument d : report.documents()) {
			for (Passage p : d.passages()) {
				rows.add(row(new Segment(d.document(), p,
						p.codes().stream().map(c -> paths.getOrDefault(c.id(), c.name())).toList())));
			}
		}
		return new Table("passages", COLUMNS, rows); //$NON-NLS-1$
	}

	private static List<Object> row(Segment s) {
		Annotation a = s.passage().annotation();
		Metadata m = s.document().metadata();
		List<Object> r = new ArrayList<>();
		r.add(s.document().displayName());
		r.add(s.document().id());
		r.add(a.version());
		r.add(a.start());
		r.add(a.end());
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
