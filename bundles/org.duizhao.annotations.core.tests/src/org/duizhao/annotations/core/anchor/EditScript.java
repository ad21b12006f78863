package org.duizhao.annotations.core.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random edits of a text that remember, for every character of the result, which character of the
 * original it is (or that it was inserted): the planted ground truth of the re-anchoring property
 * test. Edits are deletions, insertions, replacements and moves of a passage.
 */
public final class EditScript {

	/** Code points of the edited text. */
	final List<Integer> text = new ArrayList<>();
	/** For each code point of the edited text, its index in the original, or -1 if inserted. */
	final List<Integer> origin = new ArrayList<>();
	private final int originalLength;

	public EditScript(String original) {
		int[] cps = original.codePoints().toArray();
		originalLength = cps.length;
		for (int i = 0; i < cps.length; i++) {
			text.add(cps[i]);
			origin.add(i);
		}
	}

	/** Applies {@code count} random edits. */
	public EditScript edit(Random random, int count) {
		for (int k = 0; k < count && text.size() > 20; k++) {
			int kind = random.nextInt(20);
			if (kind < 6) {
				delete(random.nextInt(text.size()), 1 + random.nextInt(8));
			} else if (kind < 12) {
				insert(random, random.nextInt(text.size() + 1), 1 + random.nextInt(8));
			} else if (kind < 18) {
				int at = random.nextInt(text.size());
				int n = 1 + random.nextInt(4);
				delete(at, n);
				insert(random, Math.min(at, text.size()), n);
			} else {
				move(random);
			}
		}
		return this;
	}

	private void delete(int at, int n) {
		int end = Math.min(text.size(), at + n);
		text.subList(at, end).clear();
		origin.subList(at, end).clear();
	}

	private void insert(Random random, int at, int n) {
		for (int k = 0; k < n; k++) {
			text.add(at + k, Texts.character(random));
			origin.add(at + k, -1);
		}
	}

	/** Moves a passage of 20 to 120 characters elsewhere. */
	private void move(Random random) {
		int n = Math.min(text.size() / 4, 20 + random.nextInt(100));
		int from = random.nextInt(text.size() - n);
		List<Integer> cps = new ArrayList<>(text.subList(from, from + n));
		List<Integer> origins = new ArrayList<>(origin.subList(from, from + n));
		delete(from, n);
		int to = random.nextInt(text.size() + 1);
		text.addAll(to, cps);
		origin.addAll(to, origins);
	}

	/** @return the edited text */
	public String result() {
		StringBuilder out = new StringBuilder();
		text.forEach(out::appendCodePoint);
		return out.toString();
	}

	/** @return for each original code point, its index in the edited text, or -1 if deleted */
	int[] newPositions() {
		int[] out = new int[originalLength];
		java.util.Arrays.fill(out, -1);
		for (int j = 0; j < origin.size(); j++) {
			if (origin.get(j) >= 0) {
				out[origin.get(j)] = j;
			}
		}
		return out;
	}
}
