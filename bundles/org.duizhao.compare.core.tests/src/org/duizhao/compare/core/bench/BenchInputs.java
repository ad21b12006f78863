package org.duizhao.compare.core.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.duizhao.compare.core.TestTexts;
import org.duizhao.text.core.TextRange;

/**
 * Builds benchmark pairs from seed paragraphs: a text of a given length by concatenating shuffled
 * paragraphs, and a "similar" copy with about 2 % of its characters edited, some sentences inserted
 * and deleted and some paragraphs moved.
 */
final class BenchInputs {

	private final Random random;

	BenchInputs(long seed) {
		this.random = new Random(seed);
	}

	/** @return the non-blank lines of the texts, each with its line break */
	static List<String> paragraphs(List<String> texts) {
		List<String> out = new ArrayList<>();
		for (String t : texts) {
			for (String line : t.split("\r?\n")) {
				if (!line.isBlank()) {
					out.add(line.strip() + "\n");
				}
			}
		}
		return out;
	}

	/** @return shuffled rounds of {@code pool} until at least {@code length} characters */
	List<String> mix(List<String> pool, int length) {
		List<String> out = new ArrayList<>();
		int total = 0;
		while (total < length) {
			List<String> round = new ArrayList<>(pool);
			Collections.shuffle(round, random);
			for (String p : round) {
				if (total >= length) {
					break;
				}
				String piece = total + p.length() > length ? p.substring(0, length - total) + "\n" : p;
				out.add(piece);
				total += piece.length();
			}
		}
		return out;
	}

	/** @return the similar copy of {@code paragraphs} */
	String similar(List<String> paragraphs, int length) {
		List<String> ps = new ArrayList<>(paragraphs);
		int sentenceEdits = Math.max(4, length / 5_000);
		for (int k = 0; k < sentenceEdits; k++) {
			int p = random.nextInt(ps.size());
			List<TextRange> s = TestTexts.sentences(ps.get(p));
			TextRange one = s.get(random.nextInt(s.size()));
			if (k % 2 == 0) {
				ps.set(p, one.of(ps.get(p)) + ps.get(p)); // a sentence inserted (copied from the same paragraph)
			} else if (s.size() > 1) {
				ps.set(p, ps.get(p).substring(0, one.start()) + ps.get(p).substring(one.end()));
			}
		}
		int moves = Math.max(2, length / 20_000);
		for (int k = 0; k < moves; k++) {
			String moved = ps.remove(random.nextInt(ps.size()));
			ps.add(random.nextInt(ps.size() + 1), moved);
		}
		return editChars(String.join("", ps), length / 50);
	}

	private String editChars(String text, int count) {
		char[] alphabet = text.toCharArray();
		StringBuilder sb = new StringBuilder(text);
		for (int k = 0; k < count; k++) {
			int at = random.nextInt(sb.length());
			char c = alphabet[random.nextInt(alphabet.length)];
			switch (random.nextInt(3)) {
			case 0 -> sb.insert(at, c);
			case 1 -> sb.deleteCharAt(at);
			default -> sb.setCharAt(at, c);
			}
		}
		return sb.toString();
	}
}
