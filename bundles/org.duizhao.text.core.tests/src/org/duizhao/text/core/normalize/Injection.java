package org.duizhao.text.core.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.duizhao.text.core.normalize.internal.Chars;

/**
 * A clean text with look-alikes put in at known places, as filter dodgers do: a character between
 * two Han characters is replaced, now and then, by one of its look-alikes.
 *
 * @param text the text with the look-alikes
 * @param positions UTF-16 index of each look-alike in {@code text}
 * @param replaced the code point each one replaced
 */
record Injection(String text, List<Integer> positions, List<Integer> replaced) {

	/** Injects at about {@code rate} of the places that allow it, never two within four characters. */
	static Injection into(String clean, Map<Integer, int[]> pool, Random random, double rate) {
		StringBuilder out = new StringBuilder(clean.length());
		List<Integer> positions = new ArrayList<>();
		List<Integer> replaced = new ArrayList<>();
		int last = -10;
		for (int i = 0; i < clean.length();) {
			int cp = clean.codePointAt(i);
			int end = i + Character.charCount(cp);
			int[] lookalikes = pool.get(cp);
			if (lookalikes != null && Chars.isHanBefore(clean, i) && Chars.isHanAt(clean, end) && i - last > 4
					&& random.nextDouble() < rate) {
				positions.add(out.length());
				replaced.add(cp);
				out.appendCodePoint(lookalikes[random.nextInt(lookalikes.length)]);
				last = i;
			} else {
				out.appendCodePoint(cp);
			}
			i = end;
		}
		return new Injection(out.toString(), positions, replaced);
	}
}
