package org.duizhao.report.core.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Code;
import org.duizhao.report.core.LegendEntry;
import org.duizhao.report.core.Passage;
import org.duizhao.text.core.CodePoints;

/**
 * Counts passages per code and the code points they cover, document by document: overlapping
 * passages with one code count their shared code points once.
 */
public final class Coverage {

	private final Map<String, Integer> counts = new HashMap<>();
	private final Map<String, Long> covered = new HashMap<>();
	private long total;

	/** Adds one document: its text and its reported passages on that text. */
	public void add(String text, List<Passage> passages) {
		int length = CodePoints.length(text);
		total += length;
		Map<String, BitSet> bits = new HashMap<>();
		for (Passage p : passages) {
			for (Code c : p.codes()) {
				counts.merge(c.id(), 1, Integer::sum);
				int end = Math.min(p.annotation().end(), length);
				if (p.annotation().start() < end) {
					bits.computeIfAbsent(c.id(), k -> new BitSet()).set(p.annotation().start(), end);
				}
			}
		}
		bits.forEach((id, b) -> covered.merge(id, (long) b.cardinality(), Long::sum));
	}

	/** @return one entry per selected code, in code-tree order */
	public List<LegendEntry> legend(Scope scope) {
		List<LegendEntry> out = new ArrayList<>();
		for (Code c : scope.codesInOrder()) {
			long cov = covered.getOrDefault(c.id(), 0L);
			out.add(new LegendEntry(c, scope.tree().path(c.id()), counts.getOrDefault(c.id(), 0), cov,
					total == 0 ? 0 : (double) cov / total));
		}
		return out;
	}
}
