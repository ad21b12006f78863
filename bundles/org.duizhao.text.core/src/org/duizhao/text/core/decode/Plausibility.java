package org.duizhao.text.core.decode;

/**
 * Scores how much a decoded text looks like real (mostly Chinese) text, from 0 to 1.
 * <p>
 * ASCII is neutral: it reads the same in every candidate charset. Among the other characters,
 * common Han characters and CJK punctuation count for the text; rare Han characters count a little
 * against it; kana, Hangul, Greek, Cyrillic, box drawing, private use, controls and replaced
 * sequences count strongly against it, because that is what a wrong charset produces.
 */
final class Plausibility {

	private Plausibility() {
	}

	/** A score with the number of characters it is based on. */
	record Score(double value, int significant) {
	}

	static Score of(String text, int malformed) {
		double good = 0;
		double bad = 3.0 * malformed;
		int significant = malformed;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80 && (c >= 0x20 || c == '\n' || c == '\r' || c == '\t' || c == '\f')) {
				continue;
			}
			significant++;
			double weight = weight(c);
			if (weight > 0) {
				good += weight;
			} else {
				bad -= weight;
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++; // a supplementary character: rare, counted once
			}
		}
		if (significant == 0) {
			return new Score(1, 0);
		}
		double value = (good - bad) / significant;
		return new Score(Math.max(0, Math.min(1, value)), significant);
	}

	/** @return positive for plausible characters, negative for implausible ones */
	private static double weight(char c) {
		if (c == '\uFFFD' || c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
			return -3;
		}
		if (c >= 0x4E00 && c <= 0x9FFF) {
			return CommonHan.contains(c) ? 1 : -0.5;
		}
		if (isPunctuation(c)) {
			return 1;
		}
		if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) || Character.isSurrogate(c)) {
			return -0.5;
		}
		if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) {
			return 0.3; // Latin letters with diacritics: plausible in Western text, weak evidence
		}
		return -2;
	}

	private static boolean isPunctuation(char c) {
		return (c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation
				|| (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII forms
				|| (c >= 0x2010 && c <= 0x203B) // dashes, quotes, ellipsis, reference mark
				|| (c >= 0x2160 && c <= 0x217F) // Roman numerals
				|| (c >= 0x2460 && c <= 0x249B) // circled and parenthesised numbers
				|| (c >= 0x25A0 && c <= 0x25CF) // squares and circles used as bullets
				|| (c >= 0xFE30 && c <= 0xFE4F) // CJK compatibility forms
				|| c == 0x00B7 || c == 0x00A0 || c == 0x00D7 || c == 0x00F7 || c == 0x00B0;
	}
}
