package org.duizhao.analysis.core.format;

import java.io.IOException;
import java.io.Writer;

import org.duizhao.analysis.core.Keyword;
import org.duizhao.analysis.core.corpus.CorpusDocument;
import org.duizhao.analysis.core.corpus.KeynessReport;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a {@link KeynessReport} as JSON:
 * {@code {"target": {"kind","value","documents": [{"id","title","region","date"}]}, "restDocuments",
 * "targetWords", "restWords", "words": [{"word","countTarget","countRest","perMillionTarget",
 * "perMillionRest","g2"}]}}.
 */
public final class KeynessJson {

	private KeynessJson() {
	}

	/** Writes {@code report} to {@code out} (not closed). */
	public static void write(KeynessReport report, Writer out) throws IOException {
		JsonWriter w = new JsonWriter(out);
		w.setIndent(" "); //$NON-NLS-1$
		w.setHtmlSafe(false);
		w.beginObject().name("target").beginObject(); //$NON-NLS-1$
		w.name("kind").value(report.target().kind().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
		w.name("value").value(report.target().value()).name("documents").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$
		for (CorpusDocument d : report.targetDocuments()) {
			w.beginObject().name("id").value(d.id()).name("title").value(d.title()); //$NON-NLS-1$ //$NON-NLS-2$
			w.name("region").value(d.region()).name("date").value(d.date()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		w.endArray().endObject();
		w.name("restDocuments").value(report.restDocuments()); //$NON-NLS-1$
		w.name("targetWords").value(report.targetWords()).name("restWords").value(report.restWords()); //$NON-NLS-1$ //$NON-NLS-2$
		w.name("words").beginArray(); //$NON-NLS-1$
		for (Keyword k : report.keywords()) {
			w.beginObject().name("word").value(k.word()).name("countTarget").value(k.countA()); //$NON-NLS-1$ //$NON-NLS-2$
			w.name("countRest").value(k.countB()).name("perMillionTarget").value(round(k.perMillionA())); //$NON-NLS-1$ //$NON-NLS-2$
			w.name("perMillionRest").value(round(k.perMillionB())).name("g2").value(round(k.g2())).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		w.endArray().endObject();
		w.flush();
	}

	/** @return {@code x} to three decimals */
	static double round(double x) {
		return Math.round(x * 1000) / 1000.0;
	}
}
