package org.duizhao.annotations.core.anchor;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;

/**
 * Judges a re-anchoring outcome against the planted edits. EXACT and QUOTE placements must hold
 * the annotation's own text. A FUZZY placement must be the passage's true edited counterpart: the
 * new-text span from its first to its last surviving character. Its ends must be exact unless an
 * edit lies within {@value #NEAR} characters of them; then they may be off by twice {@value #NEAR}
 * plus the length of the edits there (whether an insertion at a boundary belongs to the passage is
 * undecidable, a minimal alignment may trade a deletion for a substitution, and the few characters
 * between an edit and the boundary may go either way); a span inside the counterpart that matches
 * the passage's text at least as well is right too. Where a move cut
 * the passage or brought other text into it, the span must lie on the passage's pieces with at
 * most a fifth of its characters (or {@value #NEAR}) from elsewhere. Where the old text holds the
 * passage's text more than once, the counterpart of any copy will do, and so will old text
 * elsewhere identical to most of the passage. An unanchored annotation must be left as it was.
 */
final class GroundTruth {

	/** How far from a boundary an edit makes the boundary's place undecidable. */
	static final int NEAR = 8;

	private final String newText;
	private final String oldText;
	private final int[] newPositions;
	private final List<Integer> origin;

	GroundTruth(String oldText, EditScript script) {
		this.oldText = oldText;
		this.newText = script.result();
		this.newPositions = script.newPositions();
		this.origin = script.origin;
	}

	String newText() {
		return newText;
	}

	/** @return why {@code outcome} is wrong, or {@code null} if it is right */
	String judge(AnchorOutcome outcome) {
		Annotation before = outcome.before();
		Annotation after = outcome.after();
		String own = before.quote().exact();
		switch (outcome.how()) {
		case EXACT, QUOTE -> {
			String got = Texts.slice(newText, after.start(), after.end());
			return got.equals(own) && after.quote().exact().equals(own) && after.version() == 2 ? null
					: outcome.how() + " holds '" + got + "' instead of '" + own + "'";
		}
		case FUZZY -> {
			return fuzzy(before, after);
		}
		case UNANCHORED -> {
			return after.version() == before.version() && after.start() == before.start()
					&& after.end() == before.end() && after.quote().equals(before.quote()) ? null
							: "unanchored annotation was changed";
		}
		default -> {
			return "unexpected anchoring " + outcome.how();
		}
		}
	}

	/**
	 * Where the old text holds the passage's exact text more than once (formulaic texts repeat
	 * sentences), no edit can tell which copy is the passage: the counterpart of any copy will do.
	 */
	private String fuzzy(Annotation before, Annotation after) {
		String own = fuzzy(before.start(), before.end(), after);
		if (own != null && isCopyOfPart(before, after)) {
			return null;
		}
		String exact = before.quote().exact();
		for (int at = oldText.indexOf(exact); own != null && at >= 0; at = oldText.indexOf(exact, at + 1)) {
			int s = oldText.codePointCount(0, at);
			if (s != before.start() && fuzzy(s, s + before.length(), after) == null) {
				return null;
			}
		}
		return own;
	}

	/**
	 * @return whether the span is, character for character, old text elsewhere that is identical to
	 *         a part of the passage (at least four fifths of it): then no comparison can tell it from
	 *         the passage's own text
	 */
	private boolean isCopyOfPart(Annotation before, Annotation after) {
		int first = origin.get(after.start());
		for (int j = after.start(); j < after.end(); j++) {
			if (origin.get(j) != first + j - after.start()) {
				return false;
			}
		}
		String copy = Texts.slice(oldText, first, first + after.length());
		return first >= 0 && 5 * after.length() >= 4 * before.length() && before.quote().exact().contains(copy);
	}

	private String fuzzy(int s, int e, Annotation after) {
		List<int[]> runs = runs(s, e);
		if (runs.isEmpty()) {
			return "FUZZY placement of a passage deleted entirely";
		}
		int foreign = 0;
		for (int j = after.start(); j < after.end(); j++) {
			int o = origin.get(j);
			foreign += o >= 0 && (o < s || o >= e) ? 1 : 0;
		}
		if (runs.size() == 1) {
			int[] run = runs.get(0);
			boolean ends = Math.abs(after.start() - run[0]) <= slack(run[2], run[0])
					&& Math.abs(after.end() - run[1]) <= slack(run[3] + 1, run[1]);
			return (ends || asGoodOnThePassage(s, e, run, after)) && foreign <= 2 * NEAR ? null
					: "FUZZY span " + after.start() + ".." + after.end() + " is not the counterpart " + describe(runs)
							+ " (" + foreign + " characters from elsewhere)";
		}
		// a move cut the passage or brought other text into it: the span must lie on its pieces
		boolean onPieces = after.start() >= runs.stream().mapToInt(r -> r[0]).min().getAsInt() - 2 * NEAR
				&& after.end() <= runs.stream().mapToInt(r -> r[1]).max().getAsInt() + 2 * NEAR;
		return onPieces && foreign <= Math.max(NEAR, (after.end() - after.start()) / 5) ? null
				: "FUZZY span " + after.start() + ".." + after.end() + " is not on the pieces " + describe(runs)
						+ " (" + foreign + " characters from elsewhere)";
	}

	/**
	 * @return whether the span lies within the counterpart and matches the passage's text at least
	 *         as well (a minimal alignment drops a few characters at a boundary rather than take in
	 *         a longer insertion next to them)
	 */
	private boolean asGoodOnThePassage(int s, int e, int[] run, Annotation after) {
		if (after.start() < run[0] || after.end() > run[1] || 2 * (after.end() - after.start()) < run[1] - run[0]) {
			return false;
		}
		String own = Texts.slice(oldText, s, e);
		return distance(Texts.slice(newText, after.start(), after.end()), own) <= distance(
				Texts.slice(newText, run[0], run[1]), own);
	}

	/** @return the Levenshtein distance of two texts, over code points */
	static int distance(String x, String y) {
		int[] a = x.codePoints().toArray();
		int[] b = y.codePoints().toArray();
		int[] row = new int[b.length + 1];
		for (int j = 0; j <= b.length; j++) {
			row[j] = j;
		}
		for (int i = 1; i <= a.length; i++) {
			int diagonal = row[0];
			row[0] = i;
			for (int j = 1; j <= b.length; j++) {
				int up = row[j];
				row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
				diagonal = up;
			}
		}
		return row[b.length];
	}

	/**
	 * @return the new-text extents of the passage's surviving characters, each as {new start, new
	 *         end, old index of its first character, old index of its last}; more than one when a
	 *         move cut the passage or moved other old text into it
	 */
	private List<int[]> runs(int s, int e) {
		List<int[]> out = new ArrayList<>();
		int[] run = null;
		for (int i = s; i < e; i++) {
			int p = newPositions[i];
			if (p < 0) {
				continue;
			}
			if (run == null || p < run[1] || foreignBetween(run[1], p)) {
				run = new int[] { p, p + 1, i, i };
				out.add(run);
			} else {
				run[1] = p + 1;
				run[3] = i;
			}
		}
		return out;
	}

	/** @return whether new characters {@code [from, to)} include one from the old text (moved in) */
	private boolean foreignBetween(int from, int to) {
		for (int j = from; j < to; j++) {
			if (origin.get(j) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return how far a boundary may be off: 0 when no edit is near it, else twice {@link #NEAR} plus the
	 *         length of the edits near it (at old index {@code oldAt} / new index {@code newAt})
	 */
	private int slack(int oldAt, int newAt) {
		int n = edited(newPositions.length, oldAt, i -> newPositions[i] < 0)
				+ edited(origin.size(), newAt, j -> origin.get(j) < 0);
		return n == 0 ? 0 : 2 * NEAR + n;
	}

	/** @return the edited characters in the runs of edits that reach within {@link #NEAR} of {@code at} */
	private static int edited(int length, int at, java.util.function.IntPredicate isEdited) {
		int from = Math.max(0, at - NEAR);
		int to = Math.min(length, at + NEAR);
		while (from > 0 && isEdited.test(from - 1)) {
			from--;
		}
		while (to < length && isEdited.test(to)) {
			to++;
		}
		int n = 0;
		for (int i = from; i < to; i++) {
			n += isEdited.test(i) ? 1 : 0;
		}
		return n;
	}

	private static String describe(List<int[]> runs) {
		return runs.stream().map(r -> r[0] + ".." + r[1]).toList().toString();
	}
}
