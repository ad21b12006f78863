package org.duizhao.analysis.core.format;

import java.io.IOException;
import java.io.Writer;

import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.corpus.CorpusDocument;
import org.duizhao.analysis.core.corpus.ReuseLink;
import org.duizhao.analysis.core.corpus.ReuseReport;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a {@link ReuseReport} as JSON: {@code {"documents", "candidates", "threshold",
 * "containment", "pairs": [{"a": {"id", "title", "source", "region", "date"}, "b": {…},
 * "resemblance", "shared", "coverage", "estimated_containment", "passages": [{"a": {"start",
 * "end"}, "b": {"start", "end"}, "score"}]}]}}, offsets in code points of the original texts, end
 * exclusive. {@code "containment"} is the containment threshold, 0 when off; a pair's
 * {@code "coverage"} is its measured containment (shared Han characters over the shorter
 * document's).
 */
public final class ReuseJson {

	private ReuseJson() {
	}

	/** Writes {@code report} to {@code out} (not closed). */
	public static void write(ReuseReport report, Writer out) throws IOException {
		JsonWriter w = new JsonWriter(out);
		w.setIndent(" "); //$NON-NLS-1$
		w.setHtmlSafe(false);
		w.beginObject().name("documents").value(report.documents().size()); //$NON-NLS-1$
		w.name("candidates").value(report.candidates()); //$NON-NLS-1$
		w.name("threshold").value(report.parameters().threshold()); //$NON-NLS-1$
		w.name("containment").value(report.parameters().containment()); //$NON-NLS-1$
		w.name("pairs").beginArray(); //$NON-NLS-1$
		for (ReuseLink link : report.links()) {
			w.beginObject();
			document(w.name("a"), link.a()); //$NON-NLS-1$
			document(w.name("b"), link.b()); //$NON-NLS-1$
			w.name("resemblance").value(round(link.resemblance())).name("shared").value(link.shared()); //$NON-NLS-1$ //$NON-NLS-2$
			w.name("coverage").value(round(link.coverage())); //$NON-NLS-1$
			w.name("estimated_containment").value(round(link.estimatedContainment())); //$NON-NLS-1$
			w.name("passages").beginArray(); //$NON-NLS-1$
			for (ParallelPassage p : link.passages()) {
				w.beginObject();
				w.name("a").beginObject().name("start").value(p.a().start()).name("end").value(p.a().end()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				w.name("b").beginObject().name("start").value(p.b().start()).name("end").value(p.b().end()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				w.name("score").value(p.score()).endObject(); //$NON-NLS-1$
			}
			w.endArray().endObject();
		}
		w.endArray().endObject();
		w.flush();
	}

	private static void document(JsonWriter w, CorpusDocument d) throws IOException {
		w.beginObject().name("id").value(d.id()).name("title").value(d.title()).name("source").value(d.source()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		w.name("region").value(d.region()).name("date").value(d.date()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static double round(double x) {
		return Math.round(x * 1000) / 1000.0;
	}
}
