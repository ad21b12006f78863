package org.duizhao.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.normalize.Fold;
import org.duizhao.text.core.normalize.FoldReason;
import org.duizhao.text.core.normalize.NormalizationResult;

import com.google.gson.stream.JsonWriter;

/**
 * Writes {@code {"text": …, "folds": [{"start", "end", "original", "folded", "reason"}]}} with a
 * streaming writer: offsets are code points of the original text, end exclusive; a dropped range
 * has an empty {@code folded}.
 */
final class FoldsJson {

	private FoldsJson() {
	}

	static void write(String original, NormalizationResult result, PrintStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		JsonWriter json = new JsonWriter(writer);
		json.setIndent("  "); //$NON-NLS-1$
		json.setHtmlSafe(false);
		json.beginObject();
		json.name("text").value(result.text().text()); //$NON-NLS-1$
		json.name("folds").beginArray(); //$NON-NLS-1$
		CodePoints.Index index = CodePoints.index(original);
		for (Fold fold : result.folds()) {
			json.beginObject();
			json.name("start").value(index.toCodePoint(fold.original().start())); //$NON-NLS-1$
			json.name("end").value(index.toCodePoint(fold.original().end())); //$NON-NLS-1$
			json.name("original").value(fold.from()); //$NON-NLS-1$
			json.name("folded").value(fold.to()); //$NON-NLS-1$
			json.name("reason").value(reason(fold.reason())); //$NON-NLS-1$
			json.endObject();
		}
		json.endArray();
		json.endObject();
		json.flush();
	}

	/** @return the reason as the JSON names it */
	static String reason(FoldReason reason) {
		return switch (reason) {
		case PINYIN_GLOSS -> "gloss"; //$NON-NLS-1$
		case PROJECT_LOOKALIKE -> "lookalike"; //$NON-NLS-1$
		default -> reason.name().toLowerCase(Locale.ROOT);
		};
	}
}
