package org.duizhao.annotations.core.internal.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.core.HunkType;
import org.duizhao.compare.core.SharedPassage;
import org.duizhao.text.core.TextRange;

/**
 * The stretches of an old text found unchanged in a new text by the comparison (equal passages at
 * the same place and moved passages), as UTF-16 ranges of the two original texts, sorted by their
 * place in the old text. The comparison must have ignored nothing, so that equal means identical.
 */
public final class EqualStretches {

	private final int[] aStart;
	private final int[] aEnd;
	private final int[] bStart;
	/** Whether a stretch is a moved passage (out of the texts' common order). */
	private final boolean[] moved;
	/** Stretch indices in the order of their place in the new text. */
	private final Integer[] byB;
	private final int oldLength;
	private final int newLength;

	private EqualStretches(List<int[]> stretches, int oldLength, int newLength) {
		int n = stretches.size();
		aStart = new int[n];
		aEnd = new int[n];
		bStart = new int[n];
		moved = new boolean[n];
		for (int k = 0; k < n; k++) {
			int[] s = stretches.get(k);
			aStart[k] = s[0];
			aEnd[k] = s[1];
			bStart[k] = s[2];
			moved[k] = s[3] != 0;
		}
		this.oldLength = oldLength;
		this.newLength = newLength;
		byB = new Integer[n];
		for (int k = 0; k < n; k++) {
			byB[k] = k;
		}
		java.util.Arrays.sort(byB, Comparator.comparingInt(k -> bStart[k]));
	}

	/** @return the stretches of a comparison of the old text (A) with the new text (B) */
	public static EqualStretches of(CompareResult result) {
		List<int[]> list = new ArrayList<>();
		for (SharedPassage p : result.shared()) {
			add(list, p.a(), p.b(), 0);
		}
		for (Hunk h : result.hunks()) {
			if (h.type() == HunkType.MOVE) {
				add(list, h.a(), h.b(), 1);
			}
		}
		list.sort(Comparator.comparingInt(s -> s[0]));
		return new EqualStretches(list, result.a().text().original().length(), result.b().text().original().length());
	}

	private static void add(List<int[]> list, TextRange a, TextRange b, int moved) {
		if (!a.isEmpty() && a.length() == b.length()) {
			list.add(new int[] { a.start(), a.end(), b.start(), moved });
		}
	}

	/**
	 * Maps an old range whose every character lies in equal stretches that follow each other
	 * without a gap in the new text.
	 *
	 * @param start UTF-16 index in the old text, inclusive
	 * @param end UTF-16 index in the old text, exclusive
	 * @return the new start (the new end is {@code start + end - start}), or -1 if the range is not
	 *         carried over unchanged
	 */
	public int mapExact(int start, int end) {
		int k = floor(start);
		if (k < 0) {
			return -1;
		}
		if (start == end) {
			return start <= aEnd[k] ? bStart[k] + start - aStart[k] : -1;
		}
		if (start >= aEnd[k]) {
			return -1;
		}
		int newStart = bStart[k] + start - aStart[k];
		int expect = newStart;
		int pos = start;
		while (true) {
			int stop = Math.min(end, aEnd[k]);
			expect += stop - pos;
			pos = stop;
			if (pos == end) {
				return newStart;
			}
			k++;
			if (k >= aStart.length || aStart[k] != pos || bStart[k] != expect) {
				return -1;
			}
		}
	}

	/**
	 * @param oldIndex UTF-16 index in the old text
	 * @return where the index is expected in the new text: exact inside an equal or moved stretch,
	 *         else counted from the end of the last equal stretch before it that is in the common
	 *         order (a moved passage before a gap says nothing about where the gap went), clamped
	 *         to the new text
	 */
	public int approximate(int oldIndex) {
		int k = floor(oldIndex);
		if (k >= 0 && oldIndex >= aEnd[k]) {
			while (k >= 0 && moved[k]) {
				k--;
			}
		}
		int guess;
		if (k < 0) {
			guess = aStart.length == 0 ? (int) ((long) oldIndex * newLength / Math.max(1, oldLength))
					: bStart[0] - (aStart[0] - oldIndex);
		} else if (oldIndex < aEnd[k]) {
			guess = bStart[k] + oldIndex - aStart[k];
		} else {
			guess = bStart[k] + aEnd[k] - aStart[k] + oldIndex - aEnd[k];
		}
		return Math.max(0, Math.min(newLength, guess));
	}

	/**
	 * Counts the characters of a new range that the comparison shows to be other text of the old
	 * version: those in equal stretches whose old place lies outside {@code [oldStart, oldEnd)}.
	 * A fuzzy match that takes in many of them blends the passage with another one.
	 *
	 * @param newStart UTF-16 index in the new text, inclusive
	 * @param newEnd UTF-16 index in the new text, exclusive
	 * @param oldStart UTF-16 index in the old text, inclusive
	 * @param oldEnd UTF-16 index in the old text, exclusive
	 * @return the number of such UTF-16 units
	 */
	public int foreign(int newStart, int newEnd, int oldStart, int oldEnd) {
		int count = 0;
		for (int r = firstByB(newStart); r < byB.length && bStart[byB[r]] < newEnd; r++) {
			int k = byB[r];
			int from = Math.max(newStart, bStart[k]);
			int to = Math.min(newEnd, bStart[k] + aEnd[k] - aStart[k]);
			if (from >= to) {
				continue;
			}
			// the same characters in the old text
			int oldFrom = aStart[k] + from - bStart[k];
			int oldTo = oldFrom + to - from;
			int inside = Math.max(0, Math.min(oldTo, oldEnd) - Math.max(oldFrom, oldStart));
			count += to - from - inside;
		}
		return count;
	}

	/**
	 * Says how much of an old range the comparison carried over and how much of that lies in a new
	 * range: where the comparison knows the passage's characters went, a match elsewhere is not the
	 * passage.
	 *
	 * @return {carried over, of which inside {@code [newStart, newEnd)}}, in UTF-16 units
	 */
	public int[] carried(int oldStart, int oldEnd, int newStart, int newEnd) {
		int carried = 0;
		int inside = 0;
		for (int k = Math.max(0, floor(oldStart)); k < aStart.length && aStart[k] < oldEnd; k++) {
			int from = Math.max(oldStart, aStart[k]);
			int to = Math.min(oldEnd, aEnd[k]);
			if (from >= to) {
				continue;
			}
			carried += to - from;
			int b = bStart[k] + from - aStart[k];
			inside += Math.max(0, Math.min(b + to - from, newEnd) - Math.max(b, newStart));
		}
		return new int[] { carried, inside };
	}

	/** @return the first position in {@link #byB} whose stretch may reach {@code newIndex} */
	private int firstByB(int newIndex) {
		int lo = 0;
		int hi = byB.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			int k = byB[mid];
			if (bStart[k] + aEnd[k] - aStart[k] <= newIndex) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** @return the number of stretches */
	public int size() {
		return aStart.length;
	}

	/** @return the last stretch starting at or before {@code index}, or -1 */
	private int floor(int index) {
		int lo = 0;
		int hi = aStart.length - 1;
		int found = -1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			if (aStart[mid] <= index) {
				found = mid;
				lo = mid + 1;
			} else {
				hi = mid - 1;
			}
		}
		return found;
	}
}
