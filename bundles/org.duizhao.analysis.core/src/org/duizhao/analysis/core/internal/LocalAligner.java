package org.duizhao.analysis.core.internal;

/**
 * Smith–Waterman local alignment with affine gaps (Gotoh's three-state recurrence) over two
 * windows of UTF-16 units, in linear memory: it finds the best-scoring pair of substrings and how
 * many units of them align as matches. Bounded work: callers cut windows so that the product of
 * their lengths stays below {@link #MAX_CELLS}, and may confine the alignment to a band of
 * diagonals around where their seeds lie, which makes the work linear in the window's length.
 */
final class LocalAligner {

	/** The largest window area aligned in one call. */
	static final long MAX_CELLS = 4_000_000L;

	private static final int MATCH = 3;
	private static final int MISMATCH = -2;
	private static final int GAP_OPEN = -4;
	private static final int GAP_EXTEND = -1;
	private static final int NONE = Integer.MIN_VALUE / 4;

	/**
	 * The best local alignment.
	 *
	 * @param startA start of the aligned part of the first window (absolute index)
	 * @param endA end, exclusive
	 * @param startB start in the second
	 * @param endB end, exclusive
	 * @param matches aligned identical units
	 * @param score the alignment score
	 */
	record Result(int startA, int endA, int startB, int endB, int matches, int score) {
	}

	private LocalAligner() {
	}

	/** Aligns {@code a[fromA, toA)} with {@code b[fromB, toB)}. */
	static Result align(CharSequence a, int fromA, int toA, CharSequence b, int fromB, int toB) {
		return align(a, fromA, toA, b, fromB, toB, Integer.MIN_VALUE / 4, Integer.MAX_VALUE / 4);
	}

	/**
	 * Aligns {@code a[fromA, toA)} with {@code b[fromB, toB)} inside a band of diagonals: only the
	 * cells {@code (i, j)} with {@code lowDiagonal <= i - j <= highDiagonal} (absolute indexes) are
	 * computed, the others count as unaligned. A passage's insertions and deletions shift it along a
	 * few diagonals only, so a band around its seeds finds what the whole rectangle would, at the
	 * band's width per row instead of the window's.
	 */
	static Result align(CharSequence a, int fromA, int toA, CharSequence b, int fromB, int toB, int lowDiagonal,
			int highDiagonal) {
		int m = toB - fromB;
		// plain arrays: the inner loop runs once per cell, and a bounds-checked charAt through the
		// CharSequence interface there cost a third of the analysis
		char[] wa = window(a, fromA, toA);
		char[] wb = window(b, fromB, toB);
		int[] h = new int[m + 1];
		int[] e = new int[m + 1];
		int[] startAOf = new int[m + 1];
		int[] startBOf = new int[m + 1];
		int[] matchesOf = new int[m + 1];
		// the same per-cell bookkeeping for the best path into E (gap in a) cells
		int[] eStartA = new int[m + 1];
		int[] eStartB = new int[m + 1];
		int[] eMatches = new int[m + 1];
		java.util.Arrays.fill(e, NONE);
		Result best = new Result(fromA, fromA, fromB, fromB, 0, 0);
		for (int i = fromA; i < toA; i++) {
			char ca = wa[i - fromA];
			if (ca == HanMask.BREAK) {
				// a paragraph break in a: no alignment runs through this row
				java.util.Arrays.fill(h, 0);
				java.util.Arrays.fill(e, NONE);
				for (int j = 0; j <= m; j++) {
					startAOf[j] = i + 1;
					startBOf[j] = fromB + j;
					matchesOf[j] = 0;
				}
				continue;
			}
			// columns j of this row inside the band: b index fromB + j - 1 within [i - high, i - low]
			int jLo = (int) Math.max(1, (long) i - highDiagonal - fromB + 1);
			int jHi = (int) Math.min(m, (long) i - lowDiagonal - fromB + 1);
			int diag = 0;
			int diagStartA = i;
			int diagStartB = fromB;
			int diagMatches = 0;
			if (jLo > 1 && jLo <= jHi) {
				// the band moved right by one: the cell left of it is the previous row's last use of
				// that column, the diagonal of the first cell; in this row it lies outside, so 0
				diag = h[jLo - 1];
				diagStartA = startAOf[jLo - 1];
				diagStartB = startBOf[jLo - 1];
				diagMatches = matchesOf[jLo - 1];
				h[jLo - 1] = 0;
			}
			int f = NONE;
			int fStartA = 0;
			int fStartB = 0;
			int fMatches = 0;
			for (int j = jLo; j <= jHi; j++) {
				int bj = fromB + j - 1;
				// E: a gap in b (come from the cell above: same j, previous i)
				int openE = h[j] + GAP_OPEN;
				int extendE = e[j] + GAP_EXTEND;
				if (openE >= extendE) {
					e[j] = openE;
					eStartA[j] = startAOf[j];
					eStartB[j] = startBOf[j];
					eMatches[j] = matchesOf[j];
				} else {
					e[j] = extendE;
				}
				// F: a gap in a (come from the cell to the left: same i, previous j)
				int openF = h[j - 1] + GAP_OPEN;
				int extendF = f + GAP_EXTEND;
				if (openF >= extendF) {
					f = openF;
					fStartA = startAOf[j - 1];
					fStartB = startBOf[j - 1];
					fMatches = matchesOf[j - 1];
				} else {
					f = extendF;
				}
				char cb = wb[j - 1];
				if (cb == HanMask.BREAK) {
					// a paragraph break in b: nothing passes through this column
					diag = h[j];
					diagStartA = startAOf[j];
					diagStartB = startBOf[j];
					diagMatches = matchesOf[j];
					h[j] = 0;
					e[j] = NONE;
					f = NONE;
					startAOf[j] = i + 1;
					startBOf[j] = bj + 1;
					matchesOf[j] = 0;
					continue;
				}
				boolean same = ca == cb;
				int viaDiag = diag + (same ? MATCH : MISMATCH);
				int upStartA = startAOf[j];
				int upStartB = startBOf[j];
				int upMatches = matchesOf[j];
				int hUp = h[j];
				int score;
				if (diag == 0) {
					diagStartA = i;
					diagStartB = bj;
					diagMatches = 0;
				}
				if (viaDiag >= e[j] && viaDiag >= f && viaDiag > 0) {
					score = viaDiag;
					startAOf[j] = diagStartA;
					startBOf[j] = diagStartB;
					matchesOf[j] = diagMatches + (same ? 1 : 0);
				} else if (e[j] >= f && e[j] > 0) {
					score = e[j];
					startAOf[j] = eStartA[j];
					startBOf[j] = eStartB[j];
					matchesOf[j] = eMatches[j];
				} else if (f > 0) {
					score = f;
					startAOf[j] = fStartA;
					startBOf[j] = fStartB;
					matchesOf[j] = fMatches;
				} else {
					score = 0;
					startAOf[j] = i + 1;
					startBOf[j] = bj + 1;
					matchesOf[j] = 0;
				}
				h[j] = score;
				if (score > best.score()) {
					best = new Result(startAOf[j], i + 1, startBOf[j], bj + 1, matchesOf[j], score);
				}
				diag = hUp;
				diagStartA = upStartA;
				diagStartB = upStartB;
				diagMatches = upMatches;
			}
		}
		return best;
	}

	/**
	 * The best ungapped local alignment along one diagonal ({@code i - j == diagonal}) of
	 * {@code a[fromA, toA)} and {@code b[fromB, toB)}: the highest-scoring run of matches and
	 * mismatches, by the scores of {@link #align}, never through a paragraph break. What the
	 * dynamic programming finds when the two stretches differ by substitutions only, in one pass.
	 */
	static Result alignDiagonal(CharSequence a, int fromA, int toA, CharSequence b, int fromB, int toB, int diagonal) {
		int first = Math.max(fromA, fromB + diagonal);
		int last = Math.min(toA, toB + diagonal);
		Result best = new Result(fromA, fromA, fromB, fromB, 0, 0);
		int score = 0;
		int start = first;
		int matches = 0;
		for (int i = first; i < last; i++) {
			char ca = a.charAt(i);
			char cb = b.charAt(i - diagonal);
			score += ca == cb ? MATCH : MISMATCH;
			if (ca == HanMask.BREAK || cb == HanMask.BREAK || score <= 0) {
				score = 0;
				start = i + 1;
				matches = 0;
				continue;
			}
			if (ca == cb) {
				matches++;
			}
			if (score > best.score()) {
				best = new Result(start, i + 1, start - diagonal, i + 1 - diagonal, matches, score);
			}
		}
		return best;
	}

	private static char[] window(CharSequence text, int from, int to) {
		char[] out = new char[to - from];
		if (text instanceof String s) {
			s.getChars(from, to, out, 0); // one bulk copy
			return out;
		}
		for (int i = from; i < to; i++) {
			out[i - from] = text.charAt(i);
		}
		return out;
	}
}
