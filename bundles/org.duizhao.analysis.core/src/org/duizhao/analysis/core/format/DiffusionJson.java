package org.duizhao.analysis.core.format;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.duizhao.analysis.core.corpus.CorpusDocument;
import org.duizhao.analysis.core.corpus.DiffusionCell;
import org.duizhao.analysis.core.corpus.DiffusionGrouping;
import org.duizhao.analysis.core.corpus.DiffusionMatrix;
import org.duizhao.analysis.core.corpus.DiffusionReport;
import org.duizhao.analysis.core.corpus.FirstAppearance;
import org.duizhao.analysis.core.corpus.PhraseHit;
import org.duizhao.analysis.core.corpus.TimelinePoint;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a {@link DiffusionReport} as JSON: per phrase its totals, hits (code points of the
 * original texts, end exclusive), timeline, first appearance per region and the table grouped as
 * asked: {@code {"by", "phrases": [{"text", "documents", "occurrences", "hits": [{"document",
 * "start", "end"}], "timeline": [{"date", "document", "title", "region", "occurrences"}],
 * "first": [{"region", "date", "document", "title"}], "table": [{"region", "year", "documents",
 * "occurrences"}]}]}}}. Missing regions and years are {@code null}.
 */
public final class DiffusionJson {

	private DiffusionJson() {
	}

	/** Writes {@code report} to {@code out} (not closed). */
	public static void write(DiffusionReport report, DiffusionGrouping by, Writer out) throws IOException {
		JsonWriter w = new JsonWriter(out);
		w.setIndent(" "); //$NON-NLS-1$
		w.setHtmlSafe(false);
		w.beginObject().name("by").value(DiffusionCsv.label(by)); //$NON-NLS-1$
		w.name("phrases").beginArray(); //$NON-NLS-1$
		for (String phrase : report.phrases()) {
			Map<CorpusDocument, Integer> counts = report.counts(phrase);
			w.beginObject().name("text").value(phrase); //$NON-NLS-1$
			w.name("documents").value(counts.size()); //$NON-NLS-1$
			w.name("occurrences").value(counts.values().stream().mapToInt(Integer::intValue).sum()); //$NON-NLS-1$
			w.name("hits").beginArray(); //$NON-NLS-1$
			for (PhraseHit h : report.hits()) {
				if (h.phrase().equals(phrase)) {
					w.beginObject().name("document").value(h.document()).name("start").value(h.span().start()) //$NON-NLS-1$ //$NON-NLS-2$
							.name("end").value(h.span().end()).endObject(); //$NON-NLS-1$
				}
			}
			w.endArray().name("timeline").beginArray(); //$NON-NLS-1$
			for (TimelinePoint t : report.timeline(phrase)) {
				w.beginObject().name("date").value(t.document().date()); //$NON-NLS-1$
				document(w, t.document());
				w.name("occurrences").value(t.occurrences()).endObject(); //$NON-NLS-1$
			}
			w.endArray().name("first").beginArray(); //$NON-NLS-1$
			for (FirstAppearance f : report.firstAppearances(phrase)) {
				w.beginObject().name("region").value(f.region()).name("date").value(f.date()); //$NON-NLS-1$ //$NON-NLS-2$
				w.name("document").value(f.document().id()).name("title").value(f.document().title()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
			}
			w.endArray();
			table(w, report.matrix(phrase, by));
			w.endObject();
		}
		w.endArray().endObject();
		w.flush();
	}

	private static void document(JsonWriter w, CorpusDocument d) throws IOException {
		w.name("document").value(d.id()).name("title").value(d.title()).name("region").value(d.region()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static void table(JsonWriter w, DiffusionMatrix m) throws IOException {
		w.name("table").beginArray(); //$NON-NLS-1$
		for (int r = 0; r < m.rows().size(); r++) {
			for (int c = 0; c < m.columns().size(); c++) {
				DiffusionCell cell = m.cell(r, c);
				if (cell.documents() == 0) {
					continue;
				}
				w.beginObject();
				if (m.grouping() != DiffusionGrouping.YEAR) {
					w.name("region").value(orNull(m.rows().get(r))); //$NON-NLS-1$
				}
				if (m.grouping() == DiffusionGrouping.YEAR) {
					w.name("year").value(orNull(m.rows().get(r))); //$NON-NLS-1$
				} else if (m.grouping() == DiffusionGrouping.REGION_YEAR) {
					w.name("year").value(orNull(m.columns().get(c))); //$NON-NLS-1$
				}
				w.name("documents").value(cell.documents()).name("occurrences").value(cell.occurrences()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		w.endArray();
	}

	private static String orNull(String key) {
		return key.equals(CorpusDocument.UNKNOWN) ? null : key;
	}
}
