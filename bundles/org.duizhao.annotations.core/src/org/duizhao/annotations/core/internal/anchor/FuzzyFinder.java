package org.duizhao.annotations.core.internal.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the passage of a new text most like a quote when the quote itself is gone, with bounded
 * work: an approximate match (edit distance with a free start, Sellers' algorithm) first in a
 * window around the expected place, then, only if nothing there will do, in a few windows
 * elsewhere that share {@value GramIndex#Q}-grams with the quote. Similarity is
 * {@code 1 - distance / quote length}. A match is taken only above the threshold and with a clear
 * margin over the best match that does not overlap it; otherwise there is none, so that an edited
 * passage is never moved onto another. A good match at the expected place wins over a look-alike
 * elsewhere (formulaic texts repeat their sentences).
 * A best match without any edit is refused too: the quote occurs unchanged, and the quote rules
 * (context, ambiguity) have already declined it.
 */
public final class FuzzyFinder {

	/** Shortest quote (code points) matched fuzzily: a few characters are too easily alike. */
	public static final int MIN_LENGTH = 8;
	/** Longest quote matched fuzzily: the work grows with the square of the length. */
	public static final int MAX_LENGTH = 4000;
	/** Extra characters searched on each side of a window. */
	private static final int SLACK = 32;
	/** Windows looked at away from the expected place. */
	private static final int MAX_WINDOWS = 4;
	/** Grams of the quote used to vote for windows. */
	private static final int SAMPLES = 48;
	/** A gram found more often than this says nothing about where the passage is. */
	private static final int MAX_GRAM_HITS = 64;
	/** Cost of one edit; one matched character takes 1 off, so more matches win among equal edits. */
	private static final int UNIT = 8192;
	/** Fewer edits, then more characters matched, then shorter, then earlier. */
	private static final Comparator<Match> ORDER = Comparator.comparingInt(Match::distance)
			.thenComparing(Comparator.comparingInt(Match::matched).reversed())
			.thenComparingInt(x -> x.end() - x.start()).thenComparingInt(Match::start);

	/**
	 * A fuzzy match in code points of the new text.
	 *
	 * @param start inclusive
	 * @param end exclusive
	 * @param distance edit distance to the quote
	 * @param similarity {@code 1 - distance / quote length}
	 * @param matched characters of the quote matched unchanged
	 */
	public record Match(int start, int end, int distance, double similarity, int matched) {

		boolean overlaps(Match other) {
			return start < other.end && other.start < end;
		}
	}

	private final int[] text;
	private final GramIndex grams;
	private final double threshold;
	private final double margin;

	/**
	 * @param text the new text as code points
	 * @param threshold the least similarity taken (0..1)
	 * @param margin the least lead in similarity over the best non-overlapping runner-up
	 */
	public FuzzyFinder(int[] text, double threshold, double margin) {
		this(text, new GramIndex(text), threshold, margin);
	}

	FuzzyFinder(int[] text, GramIndex grams, double threshold, double margin) {
		this.text = text;
		this.grams = grams;
		this.threshold = threshold;
		this.margin = margin;
	}

	/**
	 * @param pattern the quote as code points
	 * @param hint where the passage is expected to start (code points of the new text)
	 * @param hintEnd where it is expected to end, or -1 when only the start is known
	 * @param own tells whether a match is made of the passage's own (possibly edited) text and not
	 *            of another passage; matches it refuses are left out
	 * @param searchElsewhere asked (once, and only when nothing near the expected place will do)
	 *            whether the passage may be looked for elsewhere in the text
	 * @return the match, or {@code null} if none is similar enough or the best is not clear
	 */
	public Match find(int[] pattern, int hint, int hintEnd, java.util.function.Predicate<Match> own,
			java.util.function.BooleanSupplier searchElsewhere) {
		int m = pattern.length;
		if (m < MIN_LENGTH || m > MAX_LENGTH) {
			return null;
		}
		// distances up to the runner-up's limit are worth knowing
		int limit = (int) Math.floor(m * (1 - threshold + margin));
		List<Match> near = new ArrayList<>();
		int end = hintEnd < 0 ? hint + m : hintEnd;
		if (end - hint > 3 * m || end < hint) {
			// start and end are expected far apart (a move cut the passage): look at both places
			scan(pattern, hint - limit - SLACK, hint + m + limit + SLACK, limit, near);
			scan(pattern, end - m - limit - SLACK, end + limit + SLACK, limit, near);
		} else {
			scan(pattern, Math.min(hint, end - m) - limit - SLACK, Math.max(end, hint + m) + limit + SLACK, limit, near);
		}
		near.removeIf(x -> !own.test(x));
		Match local = choose(near);
		if (local != null) {
			// the comparison says the passage belongs here: a look-alike elsewhere does not displace it
			return local;
		}
		if (!searchElsewhere.getAsBoolean()) {
			return null;
		}
		List<Match> found = new ArrayList<>(near);
		for (int start : seeds(pattern, limit)) {
			if (Math.abs(start - hint) > limit + SLACK) {
				scan(pattern, start - limit - SLACK, start + m + 2 * limit + SLACK, limit, found);
			}
		}
		found.removeIf(x -> !own.test(x));
		return choose(found);
	}

	/**
	 * @return whether this text holds a passage almost as similar to {@code pattern} as a match
	 *         must be (within the margin below the threshold) outside {@code [exceptStart,
	 *         exceptEnd)}: a passage with such a look-alike in its own version is not distinctive
	 *         enough to be looked for far from its place
	 */
	public boolean hasLookalike(int[] pattern, int exceptStart, int exceptEnd) {
		int m = pattern.length;
		if (m < MIN_LENGTH || m > MAX_LENGTH) {
			return false;
		}
		int limit = (int) Math.floor(m * (1 - threshold + margin));
		List<Match> found = new ArrayList<>();
		for (int start : seeds(pattern, limit)) {
			scan(pattern, start - limit - SLACK, start + m + 2 * limit + SLACK, limit, found);
		}
		return found.stream().anyMatch(x -> x.end() <= exceptStart || x.start() >= exceptEnd);
	}

	/** @return the best match if it is good enough and clearly better than any other, else {@code null} */
	private Match choose(List<Match> found) {
		if (found.isEmpty()) {
			return null;
		}
		found.sort(ORDER);
		Match best = found.get(0);
		if (best.similarity() < threshold || best.distance() == 0) {
			return null;
		}
		for (Match other : found) {
			if (!other.overlaps(best)) {
				return best.similarity() - other.similarity() >= margin ? best : null;
			}
		}
		return best;
	}

	/**
	 * Approximate matching over {@code text[lo, hi)}, column by column, adding local best matches.
	 * Costs are packed as {@code edits * UNIT - matched characters}: fewer edits first, then more
	 * characters matched (an insertion just inside a boundary keeps the passage's own characters
	 * beyond it rather than dropping them), then the later start (a replaced boundary character is
	 * left out rather than a neighbour taken in).
	 */
	private void scan(int[] p, int lo, int hi, int limit, List<Match> out) {
		int from = Math.max(0, lo);
		int to = Math.min(text.length, hi);
		int m = p.length;
		int over = limit * UNIT; // a cost above this has more edits than the limit
		int[] cost = new int[m + 2];
		int[] start = new int[m + 2];
		int[] next = new int[m + 2];
		int[] nextStart = new int[m + 2];
		for (int i = 0; i <= m + 1; i++) {
			cost[i] = i * UNIT;
			start[i] = from;
		}
		// Ukkonen's cut-off: rows below the last one within the limit are not computed
		int active = Math.min(m, limit);
		Match last = null;
		for (int c = from; c < to; c++) {
			int t = text[c];
			int top = Math.min(m, active + 1);
			next[0] = 0;
			nextStart[0] = c + 1;
			for (int i = 1; i <= top; i++) {
				int best = cost[i - 1] + (p[i - 1] == t ? -1 : UNIT);
				int s = start[i - 1];
				int extra = cost[i] + UNIT;
				if (extra < best || extra == best && start[i] > s) {
					best = extra;
					s = start[i];
				}
				int skip = next[i - 1] + UNIT;
				if (skip < best || skip == best && nextStart[i - 1] > s) {
					best = skip;
					s = nextStart[i - 1];
				}
				next[i] = best;
				nextStart[i] = s;
			}
			next[top + 1] = over + UNIT; // stands for every row not computed
			active = top;
			while (active > 0 && next[active] > over) {
				active--;
			}
			int[] swap = cost;
			cost = next;
			next = swap;
			swap = start;
			start = nextStart;
			nextStart = swap;
			if (active == m) {
				int d = Math.floorDiv(cost[m] + UNIT - 1, UNIT);
				Match found = new Match(start[m], c + 1, d, 1 - (double) d / m, d * UNIT - cost[m]);
				last = keep(out, last, found);
			}
		}
	}

	/** Adds {@code next}, or lets it replace the previous match it overlaps when it is better. */
	private static Match keep(List<Match> out, Match last, Match next) {
		if (last != null && last.overlaps(next)) {
			if (ORDER.compare(next, last) < 0) {
				out.set(out.size() - 1, next);
				return next;
			}
			return last;
		}
		out.add(next);
		return next;
	}

	/** @return likely starts of the passage elsewhere, by votes of the quote's grams */
	private List<Integer> seeds(int[] p, int limit) {
		int m = p.length;
		if (m < GramIndex.Q || text.length < GramIndex.Q) {
			return List.of();
		}
		int bucketSize = limit + 8;
		java.util.Map<Integer, Integer> votes = new java.util.HashMap<>();
		int step = Math.max(1, (m - GramIndex.Q + 1) / SAMPLES);
		int sampled = 0;
		for (int i = 0; i + GramIndex.Q <= m; i += step) {
			sampled++;
			int h = GramIndex.hash(p, i);
			if (grams.count(h, MAX_GRAM_HITS + 1) > MAX_GRAM_HITS) {
				continue;
			}
			int offset = i;
			grams.forEach(h, pos -> votes.merge(Math.floorDiv(pos - offset, bucketSize), 1, Integer::sum));
		}
		int least = sampled <= 3 ? 1 : 2;
		return votes.entrySet().stream().filter(e -> e.getValue() >= least)
				.sorted(java.util.Map.Entry.<Integer, Integer>comparingByValue().reversed()
						.thenComparing(java.util.Map.Entry.comparingByKey()))
				.limit(MAX_WINDOWS).map(e -> e.getKey() * bucketSize).toList();
	}
}
