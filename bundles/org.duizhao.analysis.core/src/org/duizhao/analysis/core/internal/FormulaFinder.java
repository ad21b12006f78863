package org.duizhao.analysis.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.duizhao.analysis.core.SharedFormula;
import org.duizhao.analysis.core.Span;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.normalize.NormalizedText;

/**
 * Finds the maximal runs of Han characters that two normalized texts share, trimmed to word
 * boundaries in both, in time linear in the texts' length (plus the occurrences found):
 * <ol>
 * <li>the suffix automaton of A gives, for each end position in B, the longest run ending there
 * that A also holds;</li>
 * <li>a run that cannot grow to the right in B is maximal; it is trimmed until it starts and ends
 * on word boundaries in both texts, so fragments such as 示精神和 are never offered;</li>
 * <li>each distinct phrase is looked up in both texts; only occurrences on word boundaries count,
 * and a phrase all of whose occurrences lie inside occurrences of a longer one is dropped.</li>
 * </ol>
 */
public final class FormulaFinder {

	private final int minLength;

	/** @param minLength the shortest phrase, in Han characters (at least 2) */
	public FormulaFinder(int minLength) {
		this.minLength = Math.max(2, minLength);
	}

	/** @return the Han characters of {@code text}'s view as phrases are matched against them */
	public static String searchable(NormalizedText text) {
		return HanMask.of(text.text()).compact;
	}

	/** @return the shared phrases, longest first */
	public List<SharedFormula> find(NormalizedText a, NormalizedText b) {
		// every phrase is at least minLength units long, so its first min(minLength, 4) units index it
		int key = Math.min(minLength, 4);
		Side sa = new Side(a, key);
		Side sb = new Side(b, key);
		SuffixAutomaton automaton = new SuffixAutomaton(sa.view);
		int[] endsInA = new int[sb.view.length()];
		int[] lengths = automaton.matchLengths(sb.view, i -> sb.view.charAt(i) == HanMask.BREAK, endsInA);
		Set<String> phrases = candidates(sa, sb, lengths, endsInA);
		List<String> sorted = new ArrayList<>(phrases);
		sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		List<SharedFormula> out = new ArrayList<>();
		for (String phrase : sorted) {
			List<int[]> inA = sa.occurrences(phrase);
			List<int[]> inB = sb.occurrences(phrase);
			if (inA.isEmpty() || inB.isEmpty() || (sa.covered(inA) && sb.covered(inB))) {
				continue;
			}
			sa.accept(inA);
			sb.accept(inB);
			out.add(new SharedFormula(phrase, sa.toSpans(inA), sb.toSpans(inB)));
		}
		return out;
	}

	private Set<String> candidates(Side sa, Side sb, int[] lengths, int[] endsInA) {
		Set<String> out = new LinkedHashSet<>();
		int n = lengths.length;
		for (int i = 0; i < n; i++) {
			int len = lengths[i];
			if (len < minLength || (i + 1 < n && lengths[i + 1] == len + 1)) {
				continue;
			}
			int startB = i + 1 - len;
			int startA = endsInA[i] + 1 - len;
			int left = 0;
			while (left < len && !(sb.words.isBoundary(startB + left) && sa.words.isBoundary(startA + left))) {
				left++;
			}
			int right = len;
			while (right > left && !(sb.words.isBoundary(startB + right) && sa.words.isBoundary(startA + right))) {
				right--;
			}
			left = sb.skipFunctionWords(startB + left, startB + right) - startB;
			right = sb.dropFunctionWords(startB + left, startB + right) - startB;
			String phrase = sb.view.substring(startB + left, startB + right);
			if (phrase.codePointCount(0, phrase.length()) >= minLength) {
				out.add(phrase);
			}
		}
		return out;
	}

	/** One text: its view, Han mask, word boundaries, and the occurrences of accepted phrases. */
	private static final class Side {
		final NormalizedText text;
		final HanMask mask;
		/** The Han characters of the normalized view, see {@link HanMask}. */
		final String view;
		final WordBoundaries words;
		final CodePoints.Index original;
		// prefix-max Fenwick tree over starts: the furthest end of an accepted occurrence starting at or before i
		final int[] maxEnd;
		final GramIndex starts;

		Side(NormalizedText text, int key) {
			this.text = text;
			this.mask = HanMask.of(text.text());
			this.view = mask.compact;
			this.words = WordBoundaries.of(view);
			this.original = CodePoints.index(text.original());
			this.maxEnd = new int[view.length() + 2];
			this.starts = new GramIndex(view, key);
		}

		List<int[]> occurrences(String phrase) {
			List<int[]> out = new ArrayList<>();
			starts.forEachStart(phrase, at -> {
				int end = at + phrase.length();
				if (words.isBoundary(at) && words.isBoundary(end)) {
					out.add(new int[] { at, end });
				}
			});
			return out;
		}

		/** @return the start of the first word in [start, end) that is not a function word */
		int skipFunctionWords(int start, int end) {
			int s = start;
			while (s < end) {
				int e = words.next(s, end);
				if (!FunctionWords.contains(view, s, e)) {
					break;
				}
				s = e;
			}
			return s;
		}

		/** @return the end of the last word in [start, end) that is not a function word */
		int dropFunctionWords(int start, int end) {
			int e = end;
			while (e > start) {
				int s = words.previous(e, start);
				if (!FunctionWords.contains(view, s, e)) {
					break;
				}
				e = s;
			}
			return e;
		}

		boolean covered(List<int[]> occurrences) {
			for (int[] o : occurrences) {
				if (furthestEnd(o[0]) < o[1]) {
					return false;
				}
			}
			return true;
		}

		void accept(List<int[]> occurrences) {
			for (int[] o : occurrences) {
				for (int i = o[0] + 1; i < maxEnd.length; i += i & -i) {
					maxEnd[i] = Math.max(maxEnd[i], o[1]);
				}
			}
		}

		private int furthestEnd(int start) {
			int best = 0;
			for (int i = start + 1; i > 0; i -= i & -i) {
				best = Math.max(best, maxEnd[i]);
			}
			return best;
		}

		List<Span> toSpans(List<int[]> occurrences) {
			List<Span> out = new ArrayList<>(occurrences.size());
			for (int[] o : occurrences) {
				int[] orig = text.toOriginal(mask.position[o[0]], mask.endInText(o[1]));
				out.add(new Span(original.toCodePoint(orig[0]), original.toCodePoint(orig[1])));
			}
			return out;
		}
	}
}
