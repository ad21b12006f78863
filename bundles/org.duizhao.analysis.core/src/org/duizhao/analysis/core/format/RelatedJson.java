package org.duizhao.analysis.core.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.duizhao.analysis.core.Keyword;
import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.RelatedReport;
import org.duizhao.analysis.core.SharedFormula;
import org.duizhao.analysis.core.Span;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a {@link RelatedReport} as JSON, streaming:
 * {@code {"phrases": [{"text", "a": [{"start","end"}], "b": [...], "documents"}], "passages": [{"a",
 * "b", "score"}], "distinctive": {"a": [{"word","countA","countB","g2"}], "b": [...]}}}. Offsets are
 * code points of the original texts, end exclusive.
 */
public final class RelatedJson {

	private RelatedJson() {
	}

	/** Writes {@code report} to {@code out} (not closed). */
	public static void write(RelatedReport report, Writer out) throws IOException {
		JsonWriter w = new JsonWriter(out);
		w.setIndent(" "); //$NON-NLS-1$
		w.setHtmlSafe(false);
		w.beginObject();
		w.name("phrases").beginArray(); //$NON-NLS-1$
		for (int i = 0; i < report.formulas().size(); i++) {
			SharedFormula f = report.formulas().get(i);
			w.beginObject().name("text").value(f.text()); //$NON-NLS-1$
			spans(w.name("a"), f.inA()); //$NON-NLS-1$
			spans(w.name("b"), f.inB()); //$NON-NLS-1$
			w.name("documents").value(report.documents().get(i)).endObject(); //$NON-NLS-1$
		}
		w.endArray();
		w.name("passages").beginArray(); //$NON-NLS-1$
		for (ParallelPassage p : report.passages()) {
			w.beginObject();
			span(w.name("a"), p.a()); //$NON-NLS-1$
			span(w.name("b"), p.b()); //$NON-NLS-1$
			w.name("score").value(p.score()).endObject(); //$NON-NLS-1$
		}
		w.endArray();
		w.name("distinctive").beginObject(); //$NON-NLS-1$
		keywords(w.name("a"), report.distinctiveA()); //$NON-NLS-1$
		keywords(w.name("b"), report.distinctiveB()); //$NON-NLS-1$
		w.endObject();
		w.endObject();
		w.flush();
	}

	private static void spans(JsonWriter w, List<Span> spans) throws IOException {
		w.beginArray();
		for (Span s : spans) {
			span(w, s);
		}
		w.endArray();
	}

	private static void span(JsonWriter w, Span s) throws IOException {
		w.beginObject().name("start").value(s.start()).name("end").value(s.end()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void keywords(JsonWriter w, List<Keyword> words) throws IOException {
		w.beginArray();
		for (Keyword k : words) {
			w.beginObject().name("word").value(k.word()).name("countA").value(k.countA()).name("countB") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.value(k.countB()).name("g2").value(Math.round(k.g2() * 1000) / 1000.0).endObject(); //$NON-NLS-1$
		}
		w.endArray();
	}
}
