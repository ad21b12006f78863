package org.duizhao.compare.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.TextRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties over random Chinese-like texts with random edits.
 */
class ComparerPropertyTest {

	private static final long[] SEEDS = { 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597 };

	@ParameterizedTest
	@ValueSource(ints = { 40, 400 })
	void hunksRebuildBAndMapToValidRanges(int alphabet) {
		for (long seed : SEEDS) {
			RandomTexts gen = new RandomTexts(seed, alphabet);
			List<String> paragraphs = gen.paragraphs(200 + gen.nextInt(3000));
			String a = String.join("", paragraphs);
			String b = gen.editChars(String.join("", gen.editStructure(paragraphs, 3, 2)), gen.nextInt(40));
			CompareResult r = TestTexts.compare(a, b);
			assertThat(Apply.apply(r)).as("seed %d", seed).isEqualTo(b);
			assertValid(r, a, b);
		}
	}

	@ParameterizedTest
	@EnumSource(Granularity.class)
	void everyGranularityRebuildsB(Granularity granularity) {
		for (long seed : SEEDS) {
			RandomTexts gen = new RandomTexts(seed, 60);
			String a = String.join("", gen.paragraphs(1500));
			String b = gen.editChars(a, 30);
			CompareSide sa = words(TestTexts.side(a));
			CompareSide sb = words(TestTexts.side(b));
			CompareOptions options = CompareOptions.defaults().withGranularity(granularity);
			CompareResult r = Comparer.compare(sa, sb, options, null);
			assertThat(Apply.apply(r)).as("seed %d", seed).isEqualTo(b);
			assertValid(r, a, b);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 40, 400 })
	void identicalTextsHaveNoHunks(int alphabet) {
		for (long seed : SEEDS) {
			String a = String.join("", new RandomTexts(seed, alphabet).paragraphs(2000));
			CompareResult r = TestTexts.compare(a, new String(a));
			assertThat(r.hunks()).isEmpty();
			assertThat(r.metrics().similarity()).isEqualTo(1.0);
			assertThat(r.shared()).hasSize(1);
			assertThat(r.shared().get(0).text()).isEqualTo(a);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 60, 400 })
	void movedParagraphIsReportedAsMove(int alphabet) {
		for (long seed : SEEDS) {
			RandomTexts gen = new RandomTexts(seed, alphabet);
			List<String> ps = new java.util.ArrayList<>(gen.paragraphs(3000));
			String moved = gen.sentence() + gen.sentence() + gen.sentence() + "\n";
			ps.add(1, moved);
			String a = String.join("", ps);
			ps.remove(1);
			ps.add(ps.size() - 1, moved);
			String b = String.join("", ps);
			CompareResult r = TestTexts.compare(a, b);
			assertThat(r.hunks()).as("seed %d", seed).anyMatch(h -> h.type() == HunkType.MOVE);
			// the moved paragraph, less what a minimal alignment may keep in place, is a move
			assertThat(r.metrics().movedChars()).as("seed %d", seed).isGreaterThanOrEqualTo(moved.length() / 2);
			assertThat(r.metrics().deletedChars() + r.metrics().insertedChars()).isLessThan(moved.length());
			assertThat(Apply.apply(r)).isEqualTo(b);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1 })
	void movesOffStillRebuild(int seed) {
		RandomTexts gen = new RandomTexts(seed, 80);
		List<String> ps = gen.paragraphs(2000);
		String a = String.join("", ps);
		String b = String.join("", gen.editStructure(ps, 2, 3));
		CompareResult r = Comparer.compare(TestTexts.side(a), TestTexts.side(b),
				CompareOptions.defaults().withMoves(false), null);
		assertThat(r.hunks()).noneMatch(h -> h.type() == HunkType.MOVE);
		assertThat(Apply.apply(r)).isEqualTo(b);
	}

	static void assertValid(CompareResult r, String a, String b) {
		CodePoints.Index ia = CodePoints.index(a);
		CodePoints.Index ib = CodePoints.index(b);
		for (Hunk h : r.hunks()) {
			assertThat(h.a().end()).isLessThanOrEqualTo(a.length());
			assertThat(h.b().end()).isLessThanOrEqualTo(b.length());
			assertThat(h.aCodePoints()).isEqualTo(new TextRange(ia.toCodePoint(h.a().start()), ia.toCodePoint(h.a().end())));
			assertThat(h.bCodePoints()).isEqualTo(new TextRange(ib.toCodePoint(h.b().start()), ib.toCodePoint(h.b().end())));
			assertThat(splitsPair(a, h.a()) || splitsPair(b, h.b())).as("hunk %s splits a surrogate pair", h).isFalse();
			switch (h.type()) {
			case INSERT -> assertThat(h.a().isEmpty() && !h.b().isEmpty()).isTrue();
			case DELETE -> assertThat(!h.a().isEmpty() && h.b().isEmpty()).isTrue();
			case CHANGE -> assertThat(!h.a().isEmpty() && !h.b().isEmpty()).isTrue();
			case MOVE -> assertThat(h.a().of(a)).isEqualTo(h.b().of(b));
			}
		}
		for (SharedPassage p : r.shared()) {
			assertThat(p.a().of(a)).isEqualTo(p.text()).isEqualTo(p.b().of(b));
		}
		assertThat(r.metrics().similarity()).isBetween(0.0, 1.0);
	}

	private static boolean splitsPair(String text, TextRange r) {
		return splits(text, r.start()) || splits(text, r.end());
	}

	private static boolean splits(String text, int i) {
		return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
				&& Character.isHighSurrogate(text.charAt(i - 1));
	}

	/** Words: runs of two characters, a crude stand-in for a segmenter. */
	private static CompareSide words(CompareSide side) {
		List<TextRange> words = new java.util.ArrayList<>();
		String t = side.text().text();
		for (int i = 0; i + 2 <= t.length(); i += 2) {
			if (!Character.isHighSurrogate(t.charAt(i + 1))) {
				words.add(new TextRange(i, i + 2));
			} else {
				i--;
			}
		}
		return new CompareSide(side.text(), side.sentences(), words);
	}
}
