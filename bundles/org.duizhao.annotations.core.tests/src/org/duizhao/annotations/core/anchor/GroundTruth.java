package org.duizhao.annotations.core.anchor;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;

/**
 * Judges a re-anchoring outcome against the planted edits. EXACT and QUOTE placements must hold
 * the annotation's own text. A FUZZY placement must be the passage's true edited counterpart: the
 * new-text span from its first to its last surviving character, whose ends may differ only by as
 * many characters as edits touch within {@value #NEAR} characters of that end (an insertion right
 * at a boundary belongs to the passage or not, undecidably); and no character of it may come
 * from elsewhere in the old text. An unanchored annotation must be left as it was.
 */
final class GroundTruth {

	/** How far from a boundary an edit makes the boundary's place undecidable. */
	static final int NEAR = 4;

	private final String newText;
	private final int[] newPositions;
	private final List<Integer> origin;

	GroundTruth(EditScript script) {
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

	private String fuzzy(Annotation before, Annotation after) {
		int s = before.start();
		int e = before.end();
		for (int j = after.start(); j < after.end(); j++) {
			int o = origin.get(j);
			if (o >= 0 && (o < s - NEAR || o >= e + NEAR)) {
				return "FUZZY span holds old character " + o + " from outside " + s + ".." + e;
			}
		}
		List<int[]> runs = runs(s, e);
		// where a move cut the passage, the piece's cut end is a boundary of undecidable place too
		int cut = runs.size() > 1 ? NEAR : 0;
		for (int[] run : runs) {
			if (Math.abs(after.start() - run[0]) <= slack(run[2], run[0]) + cut
					&& Math.abs(after.end() - run[1]) <= slack(run[3] + 1, run[1]) + cut) {
				return null;
			}
		}
		return runs.isEmpty() ? "FUZZY placement of a passage deleted entirely"
				: "FUZZY span " + after.start() + ".." + after.end() + " is not the counterpart " + describe(runs);
	}

	/**
	 * @return the new-text extents of the passage's surviving characters, each as {new start, new
	 *         end, old index of its first character, old index of its last}; more than one when a
	 *         move cut the passage
	 */
	private List<int[]> runs(int s, int e) {
		List<int[]> out = new ArrayList<>();
		int[] run = null;
		for (int i = s; i < e; i++) {
			int p = newPositions[i];
			if (p < 0) {
				continue;
			}
			if (run == null || p < run[1] || p > run[1] + 64) {
				run = new int[] { p, p + 1, i, i };
				out.add(run);
			} else {
				run[1] = p + 1;
				run[3] = i;
			}
		}
		return out;
	}

	/** @return the edits touching the boundary at old index {@code oldAt} / new index {@code newAt} */
	private int slack(int oldAt, int newAt) {
		int n = 0;
		for (int i = Math.max(0, oldAt - NEAR); i < Math.min(newPositions.length, oldAt + NEAR); i++) {
			n += newPositions[i] < 0 ? 1 : 0;
		}
		for (int j = Math.max(0, newAt - NEAR); j < Math.min(origin.size(), newAt + NEAR); j++) {
			n += origin.get(j) < 0 ? 1 : 0;
		}
		return n;
	}

	private static String describe(List<int[]> runs) {
		return runs.stream().map(r -> r[0] + ".." + r[1]).toList().toString();
	}
}
