package org.duizhao.annotations.core.anchor;

import java.time.Instant;
import java.util.Random;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.TextQuote;

/** Generated Chinese-like texts and annotations on them, for the re-anchoring tests. */
public final class Texts {

	private static final String PUNCTUATION = "，，，。；、";

	private Texts() {
	}

	/**
	 * @return a text of about {@code length} code points: sentences of common CJK characters with
	 *         Chinese punctuation and paragraph breaks, a few characters outside the BMP, and some
	 *         sentences repeated (as formulaic policy texts repeat them); never the same character
	 *         twice in a row
	 */
	public static String generate(Random random, int length) {
		StringBuilder out = new StringBuilder();
		java.util.List<String> sentences = new java.util.ArrayList<>();
		while (out.codePointCount(0, out.length()) < length) {
			String sentence = !sentences.isEmpty() && random.nextInt(20) == 0
					? sentences.get(random.nextInt(sentences.size()))
					: sentence(random);
			sentences.add(sentence);
			append(out, sentence);
			if (random.nextInt(6) == 0) {
				append(out, "\n\u3000\u3000");
			}
		}
		return out.toString();
	}

	private static String sentence(Random random) {
		StringBuilder s = new StringBuilder();
		int n = 8 + random.nextInt(30);
		for (int k = 0; k < n; k++) {
			append(s, new String(Character.toChars(character(random))));
			if (k > 3 && k < n - 2 && random.nextInt(9) == 0) {
				s.append(PUNCTUATION.charAt(random.nextInt(3)));
			}
		}
		s.append(PUNCTUATION.charAt(3 + random.nextInt(3)));
		return s.toString();
	}

	/** @return a random character: mostly common CJK, sometimes from Extension B (outside the BMP) */
	public static int character(Random random) {
		return random.nextInt(40) == 0 ? 0x20000 + random.nextInt(0x800) : 0x4E00 + random.nextInt(1500);
	}

	/** Appends {@code piece}, dropping its first character if it would repeat the last one. */
	private static void append(StringBuilder out, String piece) {
		if (out.length() > 0 && !piece.isEmpty()
				&& out.codePointBefore(out.length()) == piece.codePointAt(0)) {
			piece = piece.substring(Character.charCount(piece.codePointAt(0)));
		}
		out.append(piece);
	}

	/** @return an annotation on {@code [start, end)} (code points) of version {@code version} of {@code text} */
	static Annotation annotation(String id, String text, int version, int start, int end) {
		return new Annotation(id, "doc", version, start, end, TextQuote.of(text, start, end), java.util.List.of("c"),
				"", "coder", Instant.EPOCH, null, null, 1);
	}

	/** @return the text of code points {@code [start, end)} */
	static String slice(String text, int start, int end) {
		return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
	}
}
