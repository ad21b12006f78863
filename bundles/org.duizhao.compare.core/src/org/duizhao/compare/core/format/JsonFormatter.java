package org.duizhao.compare.core.format;

import java.io.IOException;
import java.io.Writer;

import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.text.core.TextRange;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;

/**
 * The CLI's JSON: {@code {"similarity": s, "counts": {"inserted", "deleted", "changed", "moved"},
 * "hunks": [{"type", "a": {"start", "end"}, "b": {"start", "end"}}]}} with code point offsets of
 * the original texts, end exclusive. Counts are characters (code points of the normalized texts).
 * <p>
 * The result is streamed through Gson's {@link JsonWriter}: a 1M-character pair has tens of
 * thousands of hunks, and building a tree of them first cost five times as much as writing them.
 * Pretty output is indented by two spaces, as Gson's pretty printer does.
 *
 * @since 0.1
 */
public final class JsonFormatter implements ResultFormatter {

	private final boolean pretty;

	/** @param pretty whether to indent the output */
	public JsonFormatter(boolean pretty) {
		this.pretty = pretty;
	}

	@Override
	public void write(CompareResult result, Appendable out) throws IOException {
		Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
		JsonWriter json = new JsonWriter(writer);
		json.setHtmlSafe(false);
		json.setIndent(pretty ? "  " : ""); //$NON-NLS-1$ //$NON-NLS-2$
		CompareMetrics m = result.metrics();
		json.beginObject();
		json.name("similarity").value(similarity(m)); //$NON-NLS-1$
		json.name("counts").beginObject(); //$NON-NLS-1$
		json.name("inserted").value(m.insertedChars()); //$NON-NLS-1$
		json.name("deleted").value(m.deletedChars()); //$NON-NLS-1$
		json.name("changed").value(m.changedChars()); //$NON-NLS-1$
		json.name("moved").value(m.movedChars()); //$NON-NLS-1$
		json.endObject();
		json.name("hunks").beginArray(); //$NON-NLS-1$
		for (Hunk h : result.hunks()) {
			json.beginObject();
			json.name("type").value(h.type().id()); //$NON-NLS-1$
			range(json.name("a"), h.aCodePoints()); //$NON-NLS-1$
			range(json.name("b"), h.bCodePoints()); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		json.endObject();
		// flushes the writer, but leaves it open: the caller owns it
		json.flush();
	}

	private static void range(JsonWriter json, TextRange r) throws IOException {
		json.beginObject();
		json.name("start").value(r.start()); //$NON-NLS-1$
		json.name("end").value(r.end()); //$NON-NLS-1$
		json.endObject();
	}

	/** Four decimals: enough to rank, and no binary noise such as 0.30000000000000004. */
	private static double similarity(CompareMetrics m) {
		return Math.round(m.similarity() * 10_000) / 10_000.0;
	}

	/**
	 * @return the JSON tree of {@code result}, the same document {@link #write} streams; for callers
	 *         that want to inspect or embed it
	 */
	public static JsonObject toJson(CompareResult result) {
		CompareMetrics m = result.metrics();
		JsonObject root = new JsonObject();
		root.addProperty("similarity", similarity(m)); //$NON-NLS-1$
		JsonObject counts = new JsonObject();
		counts.addProperty("inserted", m.insertedChars()); //$NON-NLS-1$
		counts.addProperty("deleted", m.deletedChars()); //$NON-NLS-1$
		counts.addProperty("changed", m.changedChars()); //$NON-NLS-1$
		counts.addProperty("moved", m.movedChars()); //$NON-NLS-1$
		root.add("counts", counts); //$NON-NLS-1$
		JsonArray hunks = new JsonArray();
		for (Hunk h : result.hunks()) {
			JsonObject o = new JsonObject();
			o.addProperty("type", h.type().id()); //$NON-NLS-1$
			o.add("a", range(h.aCodePoints())); //$NON-NLS-1$
			o.add("b", range(h.bCodePoints())); //$NON-NLS-1$
			hunks.add(o);
		}
		root.add("hunks", hunks); //$NON-NLS-1$
		return root;
	}

	private static JsonObject range(TextRange r) {
		JsonObject o = new JsonObject();
		o.addProperty("start", r.start()); //$NON-NLS-1$
		o.addProperty("end", r.end()); //$NON-NLS-1$
		return o;
	}
}
