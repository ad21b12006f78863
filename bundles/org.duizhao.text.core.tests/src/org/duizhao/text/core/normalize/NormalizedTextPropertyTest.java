package org.duizhao.text.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random texts mixing Han characters, glosses, full-width forms, whitespace and surrogate pairs
 * under random option sets: the map of every view must stay exact.
 */
class NormalizedTextPropertyTest {

	private static final String[] PIECES = { "攻", "堅", "(jiān)", "（zhàn）", "乾淨", "頭髮", "后", "Ａ", "１", "，",
			"。", "\u3000", " ", "\t", "\n", "\r\n", "\u00A0", "\u200B", "\uFEFF", "𠮷", "𠀀", "苐", "(WTO)", "?", "??",
			"\uFFFD", "著", "麼", "「", "」", "abc", "ｘ", "\u2F00", "\uF900", "版權所有", "電話：12345678" };

	private static final Normalizer NORMALIZER = Normalizer.standard();
	private static final Normalizer TRADITIONAL = Normalizer.builder().target(ScriptTarget.TRADITIONAL)
			.lookalikes(LookalikeTable.parse("苐=第\n")).build();

	@RepeatedTest(300)
	void mapIsExactForRandomTexts(RepetitionInfo info) {
		Random random = new Random(info.getCurrentRepetition());
		String original = randomText(random);
		Set<NormalizeOption> ignore = randomOptions(random);
		Normalizer normalizer = info.getCurrentRepetition() % 2 == 0 ? NORMALIZER : TRADITIONAL;
		NormalizedText view = normalizer.normalize(original, ignore);
		assertExactMap(view);
	}

	static void assertExactMap(NormalizedText view) {
		int originalLength = view.original().length();
		int previousStart = 0;
		int previousEnd = 0;
		BitSet covered = new BitSet(originalLength);
		for (int i = 0; i < view.length(); i++) {
			int start = view.originalStart(i);
			int end = view.originalEnd(i);
			assertThat(start).as("start of %d", i).isBetween(0, originalLength);
			assertThat(end).as("end of %d", i).isBetween(start + 1, originalLength);
			assertThat(start).as("monotonic start at %d", i).isGreaterThanOrEqualTo(previousStart);
			assertThat(end).as("monotonic end at %d", i).isGreaterThanOrEqualTo(previousEnd);
			// a view range on code point boundaries maps to an original range on code point boundaries
			if (!Character.isLowSurrogate(view.text().charAt(i))) {
				assertThat(splitsPair(view.original(), start)).as("start of %d splits a pair", i).isFalse();
			}
			if (!Character.isHighSurrogate(view.text().charAt(i))) {
				assertThat(splitsPair(view.original(), end)).as("end of %d splits a pair", i).isFalse();
			}
			covered.set(start, end);
			previousStart = start;
			previousEnd = end;
		}
		if (view.length() > 0) {
			int[] whole = view.toOriginal(0, view.length());
			assertThat(whole[0]).isEqualTo(covered.nextSetBit(0));
			assertThat(whole[1]).isEqualTo(covered.length());
		}
		for (int i = 0; i <= view.length(); i++) {
			int[] empty = view.toOriginal(i, i);
			assertThat(empty[0]).isEqualTo(empty[1]).isBetween(0, originalLength);
		}
	}

	private static boolean splitsPair(String s, int index) {
		return index > 0 && index < s.length() && Character.isHighSurrogate(s.charAt(index - 1))
				&& Character.isLowSurrogate(s.charAt(index));
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = random.nextInt(40);
		for (int i = 0; i < pieces; i++) {
			text.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return text.toString();
	}

	private static Set<NormalizeOption> randomOptions(Random random) {
		Set<NormalizeOption> options = EnumSet.noneOf(NormalizeOption.class);
		for (NormalizeOption option : NormalizeOption.values()) {
			if (random.nextBoolean()) {
				options.add(option);
			}
		}
		return options;
	}
}
