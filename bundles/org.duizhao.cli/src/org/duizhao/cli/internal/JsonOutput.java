package org.duizhao.cli.internal;

import java.io.IOException;

import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.text.core.TextRange;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code {"similarity", "counts": {"inserted", "deleted", "changed", "moved"}, "hunks": [{"type",
 * "a": {"start", "end"}, "b": {"start", "end"}}]}}: offsets in code points of the original texts,
 * end exclusive; counts in characters (code points of the normalized texts).
 */
final class JsonOutput implements Output {

	@Override
	public void write(CompareResult result, Appendable out) throws IOException {
		new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(tree(result), out);
	}

	static JsonObject tree(CompareResult result) {
		CompareMetrics m = result.metrics();
		JsonObject root = new JsonObject();
		root.addProperty("similarity", Math.round(m.similarity() * 10_000) / 10_000.0); //$NON-NLS-1$
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
