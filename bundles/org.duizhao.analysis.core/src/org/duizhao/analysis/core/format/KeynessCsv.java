package org.duizhao.analysis.core.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.duizhao.analysis.core.Keyword;

/**
 * Writes distinctive vocabulary as CSV, one row per word, highest G² first:
 * {@code word,count_target,count_rest,per_million_target,per_million_rest,g2}.
 */
public final class KeynessCsv {

	private KeynessCsv() {
	}

	/** Writes {@code words}, after a byte order mark, to {@code out} (not closed). */
	public static void write(List<Keyword> words, Writer out) throws IOException {
		Csv.bom(out);
		Csv.row(out, "word", "count_target", "count_rest", "per_million_target", "per_million_rest", "g2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		for (Keyword k : words) {
			Csv.row(out, k.word(), k.countA(), k.countB(), KeynessJson.round(k.perMillionA()),
					KeynessJson.round(k.perMillionB()), KeynessJson.round(k.g2()));
		}
		out.flush();
	}
}
