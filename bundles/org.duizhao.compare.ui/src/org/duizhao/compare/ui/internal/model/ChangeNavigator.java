package org.duizhao.compare.ui.internal.model;

import java.util.List;

import org.duizhao.compare.core.Hunk;
import org.duizhao.text.core.TextRange;

/**
 * Steps through the hunks of a result in their order (A's order, then B's), wrapping at either
 * end, and finds the hunk under a position. UI-free.
 */
public final class ChangeNavigator {

	private final List<Hunk> hunks;
	private int current = -1;

	/** @param hunks the hunks in order, never {@code null} */
	public ChangeNavigator(List<Hunk> hunks) {
		this.hunks = List.copyOf(hunks);
	}

	/** @return the index of the current hunk, or {@code -1} before the first step */
	public int current() {
		return current;
	}

	/** @return the next hunk's index (the first after the last), or {@code -1} when there are none */
	public int next() {
		if (hunks.isEmpty()) {
			return -1;
		}
		current = (current + 1) % hunks.size();
		return current;
	}

	/** @return the previous hunk's index (the last before the first), or {@code -1} when there are none */
	public int previous() {
		if (hunks.isEmpty()) {
			return -1;
		}
		current = current <= 0 ? hunks.size() - 1 : current - 1;
		return current;
	}

	/** Makes hunk {@code index} the current one. */
	public void select(int index) {
		if (index >= -1 && index < hunks.size()) {
			current = index;
		}
	}

	/**
	 * @return the index of the hunk whose range on {@code side} holds {@code offset} (moves first,
	 *         then the shortest), or {@code -1}
	 */
	public int hunkAt(Side side, int offset) {
		int best = -1;
		for (int k = 0; k < hunks.size(); k++) {
			TextRange r = range(hunks.get(k), side);
			if (r.contains(offset) && (best < 0 || better(hunks.get(k), hunks.get(best), side))) {
				best = k;
			}
		}
		return best;
	}

	private static boolean better(Hunk candidate, Hunk best, Side side) {
		boolean moveC = candidate.type() == org.duizhao.compare.core.HunkType.MOVE;
		boolean moveB = best.type() == org.duizhao.compare.core.HunkType.MOVE;
		if (moveC != moveB) {
			return moveC;
		}
		return range(candidate, side).length() < range(best, side).length();
	}

	/** @return the hunk's original range on {@code side} */
	public static TextRange range(Hunk hunk, Side side) {
		return side == Side.A ? hunk.a() : hunk.b();
	}

	/** @return the number of hunks */
	public int size() {
		return hunks.size();
	}

	/** @return hunk {@code index} */
	public Hunk get(int index) {
		return hunks.get(index);
	}
}
