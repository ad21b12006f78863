package org.duizhao.analysis.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.segment.DictionaryWords;

/**
 * Distinctive vocabulary: words over-represented in one text or group against another, ranked by
 * Dunning's log-likelihood (G²) with one degree of freedom. Only words holding a Han character
 * count, so numbers and Latin letters never crowd the list.
 */
public final class Keyness {

	/** G² at p &lt; 0.05: the default cut-off. */
	public static final double P05 = 3.84;

	private Keyness() {
	}

	/** Word frequencies of one text or group. */
	public static final class Counts {
		private final Map<String, Long> counts = new HashMap<>();
		private long total;

		/** Adds the words of a (normalized) text. */
		public Counts add(String text) {
			for (TextRange w : DictionaryWords.of(text)) {
				String word = text.substring(w.start(), w.end());
				if (word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
					counts.merge(word, 1L, Long::sum);
					total++;
				}
			}
			return this;
		}

		/** Adds every word of another group. */
		public Counts addAll(Counts other) {
			other.counts.forEach((w, n) -> counts.merge(w, n, Long::sum));
			total += other.total;
			return this;
		}

		/** @return how often {@code word} occurs */
		public long count(String word) {
			return counts.getOrDefault(word, 0L);
		}

		/** @return the number of words counted */
		public long total() {
			return total;
		}
	}

	/** @return the G² of a word seen {@code a} times in {@code totalA} words and {@code b} in {@code totalB} */
	public static double g2(long a, long totalA, long b, long totalB) {
		double n = (double) totalA + totalB;
		if (n == 0 || a + b == 0) {
			return 0;
		}
		double e1 = totalA * (a + b) / n;
		double e2 = totalB * (a + b) / n;
		return 2 * (term(a, e1) + term(b, e2));
	}

	private static double term(long observed, double expected) {
		return observed == 0 ? 0 : observed * Math.log(observed / expected);
	}

	/**
	 * @param a the first text or group
	 * @param b the second
	 * @param minG2 the smallest G² to list (e.g. {@link #P05})
	 * @param minCount the fewest occurrences in {@code a}
	 * @return the words relatively more frequent in {@code a} than in {@code b}, highest G² first
	 */
	public static List<Keyword> overRepresented(Counts a, Counts b, double minG2, long minCount) {
		List<Keyword> out = new ArrayList<>();
		for (Map.Entry<String, Long> e : a.counts.entrySet()) {
			long ca = e.getValue();
			long cb = b.count(e.getKey());
			if (ca < minCount || ca * (double) b.total <= cb * (double) a.total) {
				continue;
			}
			double g = g2(ca, a.total, cb, b.total);
			if (g >= minG2) {
				out.add(new Keyword(e.getKey(), ca, cb, perMillion(ca, a.total), perMillion(cb, b.total), g));
			}
		}
		out.sort(Comparator.comparingDouble(Keyword::g2).reversed().thenComparing(Keyword::word));
		return out;
	}

	private static double perMillion(long count, long total) {
		return total == 0 ? 0 : count * 1_000_000.0 / total;
	}
}
