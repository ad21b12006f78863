package org.duizhao.search.core.format;

import java.io.IOException;
import java.io.Writer;

import org.duizhao.search.core.SearchHit;
import org.duizhao.search.core.SearchResult;

import com.google.gson.stream.JsonWriter;

/**
 * Writes a {@link SearchResult} as {@code {"total": n, "hits": [{"document", "title", "start", "end",
 * "left", "match", "right"}]}}: one hit per occurrence, {@code total} counting all occurrences,
 * offsets in code points of the original text (end exclusive), {@code match} the original text.
 */
public final class SearchJson {

	private SearchJson() {
	}

	/** Writes {@code result} to {@code out} (not closed). */
	public static void write(SearchResult result, Writer out) throws IOException {
		JsonWriter w = new JsonWriter(out);
		w.setIndent(" "); //$NON-NLS-1$
		w.setHtmlSafe(false);
		w.beginObject();
		w.name("total").value(result.total()); //$NON-NLS-1$
		w.name("documents").value(result.documents()); //$NON-NLS-1$
		w.name("hits").beginArray(); //$NON-NLS-1$
		for (SearchHit h : result.hits()) {
			w.beginObject();
			w.name("document").value(h.documentId()); //$NON-NLS-1$
			w.name("title").value(h.title()); //$NON-NLS-1$
			w.name("version").value(h.version()); //$NON-NLS-1$
			w.name("start").value(h.start()); //$NON-NLS-1$
			w.name("end").value(h.end()); //$NON-NLS-1$
			w.name("left").value(h.left()); //$NON-NLS-1$
			w.name("match").value(h.match()); //$NON-NLS-1$
			w.name("right").value(h.right()); //$NON-NLS-1$
			w.endObject();
		}
		w.endArray();
		w.endObject();
		w.flush();
	}
}
