package org.duizhao.text.core.normalize.internal;

/**
 * Decides, from the words around it, whether a look-alike stands for one of its candidates: 財
 * in 財能 is 才 (才能 is a word, 財能 is none), 財 in 財政 stays (財政 is a word as written). A
 * candidate wins when its best word is clearly more frequent than every other candidate's. A
 * character in standard use (GB 2312, Big Five) only folds to a candidate that shares its
 * reading and makes a word of some frequency, as names and rare words are full of such
 * characters (青岚 is not 青风). A look-alike that jieba's dictionary does not know at all, and
 * that makes no word either way, folds to its one strong candidate (its own part, its repeated
 * character, a similar shape, or the one candidate that sounds the same). Nothing folds that
 * ICU's dictionary reads as part of a word as written (the name 畑中).
 * <p>
 * Words are looked up in simplified form, with up to three Han neighbours on either side, so the
 * same table serves traditional text.
 */
final class LookalikeContext {

	/** Neighbours each side: enough for four-character words. */
	private static final int SPAN = 3;
	/** How many levels (doublings of frequency) the winner must be ahead of the runner-up. */
	private static final int MARGIN = 2;
	/** The least level of the word that folds a character in standard use (frequency 23 or more). */
	private static final int STANDARD_LEVEL = 5;

	private final WordTable words;
	private final ScriptConverter simplifier;

	LookalikeContext(WordTable words, ScriptConverter simplifier) {
		this.words = words;
		this.simplifier = simplifier;
	}

	/**
	 * @param text the view's text
	 * @param index start (UTF-16) of the look-alike in {@code text}
	 * @param end its end
	 * @return the candidate it stands for, or {@code null} to keep it
	 */
	String decide(String text, int index, int end, LookalikeEntry entry) {
		Window window = Window.around(text, index, end, simplifier, SPAN);
		int written = text.codePointAt(index);
		if (bestLevel(window, simplifier.simplify(written)) > 0) {
			return null; // it makes a word as written
		}
		int winner = winner(window, entry, true);
		if (winner < 0) {
			winner = winner(window, entry, false);
		}
		if (winner == -1 && entry.unknown() && entry.strongCandidate() >= 0) {
			winner = entry.strongCandidate();
		}
		if (winner < 0 || WordContext.formsWord(text, index, end, new String(Character.toChars(written)))) {
			return null;
		}
		return new String(Character.toChars(winner));
	}

	/**
	 * @param shapeOnly whether to weigh only the candidates made of the look-alike's own shape
	 *        (part, repeat, similar part), which go first: 不 in 鈈漏 before 补
	 * @return the candidate whose best word is clearly ahead of every other's; -1 if no candidate
	 *         makes a word; -2 if some do but none is clearly ahead
	 */
	private int winner(Window window, LookalikeEntry entry, boolean shapeOnly) {
		int best = -1;
		int top = 0;
		int second = 0;
		int[] candidates = entry.candidates();
		for (int i = 0; i < candidates.length; i++) {
			if (entry.standard() && !entry.soundsAlike(i) || shapeOnly && !entry.isShape(i)) {
				continue;
			}
			int level = bestLevel(window, simplifier.simplify(candidates[i]));
			if (level > top) {
				second = top;
				top = level;
				best = candidates[i];
			} else if (level > second) {
				second = level;
			}
		}
		if (top == 0) {
			return -1;
		}
		return top >= (entry.standard() ? STANDARD_LEVEL : 1) && top - second >= MARGIN ? best : -2;
	}

	/** @return the highest level of a word of the window that covers its centre set to {@code cp} */
	private int bestLevel(Window window, int cp) {
		if (cp > 0xFFFF) {
			return 0;
		}
		char[] chars = window.with((char) cp);
		String probe = new String(chars);
		int best = 0;
		for (int from = 0; from <= window.centre(); from++) {
			for (int to = Math.max(window.centre() + 1, from + 2); to <= Math.min(chars.length, from + 4); to++) {
				best = Math.max(best, words.level(probe, from, to));
			}
		}
		return best;
	}

	/** The simplified Han neighbours of a position, as BMP characters (others end the window). */
	private record Window(char[] chars, int centre) {

		static Window around(String text, int index, int end, ScriptConverter simplifier, int span) {
			StringBuilder left = new StringBuilder();
			for (int i = index; i > 0 && left.length() < span;) {
				int cp = text.codePointBefore(i);
				int s = simplifier.simplify(cp);
				if (!Chars.isHan(cp) || s > 0xFFFF) {
					break;
				}
				left.insert(0, (char) s);
				i -= Character.charCount(cp);
			}
			StringBuilder right = new StringBuilder();
			for (int i = end; i < text.length() && right.length() < span;) {
				int cp = text.codePointAt(i);
				int s = simplifier.simplify(cp);
				if (!Chars.isHan(cp) || s > 0xFFFF) {
					break;
				}
				right.append((char) s);
				i += Character.charCount(cp);
			}
			char[] chars = new char[left.length() + 1 + right.length()];
			left.getChars(0, left.length(), chars, 0);
			right.getChars(0, right.length(), chars, left.length() + 1);
			return new Window(chars, left.length());
		}

		char[] with(char centreChar) {
			char[] copy = chars.clone();
			copy[centre] = centreChar;
			return copy;
		}
	}
}
