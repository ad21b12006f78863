package org.duizhao.analysis.core.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * MinHash/LSH candidates and pairwise alignment on a generated corpus with planted reuse: every
 * planted pair is found, no unrelated pair is, and the passages point at the copied text.
 */
class CorpusReuseTest {

	@Test
	void findsThePlantedPairsAndNoOther() {
		GeneratedCorpus corpus = new GeneratedCorpus(42, 60, 15);
		List<ReusePair> pairs = new CorpusReuse(ReuseParameters.defaults()).run(corpus.texts, null);
		Set<String> found = pairs.stream().map(p -> p.a() + "|" + p.b()).collect(Collectors.toSet()); //$NON-NLS-1$
		assertThat(found).isEqualTo(corpus.planted);
		for (ReusePair p : pairs) {
			assertThat(p.shared()).isGreaterThanOrEqualTo(12);
			assertThat(p.coverage()).isBetween(0.2, 1.0);
			assertThat(p.resemblance()).isGreaterThanOrEqualTo(ReuseParameters.DEFAULT_THRESHOLD);
		}
	}

	@Test
	void passagesAreCodePointsOfTheNormalizedTexts() {
		GeneratedCorpus corpus = new GeneratedCorpus(7, 10, 3);
		List<ReusePair> pairs = new CorpusReuse(ReuseParameters.defaults()).run(corpus.texts, null);
		for (String[] copied : corpus.copied) {
			ReusePair pair = pairs.stream().filter(p -> p.b().equals(copied[0])).findFirst().orElseThrow();
			String child = text(corpus, copied[0]);
			boolean covered = pair.passages().stream()
					.anyMatch(s -> s.startB() == 0 && cut(child, s.startB(), s.endB()).startsWith(copied[1].substring(0, 10)));
			assertThat(covered).as(copied[0]).isTrue();
		}
	}

	@Test
	void unrelatedTextsShareNothingAndEmptyTextsAreHarmless() {
		GeneratedCorpus corpus = new GeneratedCorpus(3, 20, 0);
		List<ReuseText> texts = new java.util.ArrayList<>(corpus.texts);
		texts.add(new ReuseText("empty", "")); //$NON-NLS-1$ //$NON-NLS-2$
		texts.add(new ReuseText("latin", "no Han characters here at all")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(new CorpusReuse(ReuseParameters.defaults()).run(texts, null)).isEmpty();
	}

	/**
	 * Prepared documents are cached within a budget: with room for one document they are prepared
	 * again and again, with room for all once each, and the pairs are the same either way.
	 */
	@Test
	void theCacheOfPreparedDocumentsChangesNothingButTheWork() {
		// one source document whose paragraphs five others take up, so it is met in five pairs
		java.util.Random r = new java.util.Random(5);
		String[] paragraphs = new String[4];
		for (int k = 0; k < paragraphs.length; k++) {
			paragraphs[k] = han(r, 300);
		}
		List<ReuseText> texts = new java.util.ArrayList<>();
		texts.add(new ReuseText("source", String.join("\n", paragraphs))); //$NON-NLS-1$ //$NON-NLS-2$
		for (int k = 0; k < 5; k++) {
			texts.add(new ReuseText("taker" + k, paragraphs[k % 4] + "\n" + paragraphs[(k + 1) % 4] + "\n" + han(r, 200))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		CorpusReuse tight = new CorpusReuse(ReuseParameters.defaults());
		List<ReusePair> few = tight.run(texts, null, 1);
		CorpusReuse roomy = new CorpusReuse(ReuseParameters.defaults());
		List<ReusePair> all = roomy.run(texts, null, Long.MAX_VALUE);
		assertThat(few).isEqualTo(all);
		assertThat(all.stream().filter(p -> p.a().equals("source"))).hasSize(5); //$NON-NLS-1$
		assertThat(tight.lastPrepared.prepared()).isGreaterThan(texts.size());
		assertThat(roomy.lastPrepared.prepared()).isLessThan(tight.lastPrepared.prepared());
	}

	private static String han(java.util.Random r, int length) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < length; i++) {
			sb.append((char) (0x4E00 + r.nextInt(6000)));
			if (i % 25 == 24) {
				sb.append('，');
			}
		}
		return sb.toString();
	}

	/**
	 * Two paragraphs copied one after the other are both shared: along one diagonal, each
	 * paragraph is aligned on its own (the best run of the diagonal alone kept one of them).
	 */
	@Test
	void paragraphsCopiedOneAfterTheOtherAreAllShared() {
		java.util.Random r = new java.util.Random(9);
		List<String> decision = new java.util.ArrayList<>();
		for (int k = 0; k < 12; k++) {
			decision.add(han(r, 150));
		}
		String notice = han(r, 60) + "\n" + decision.get(5) + "\n" + decision.get(6) + "\n" + decision.get(7) + "\n" + han(r, 80); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		ReusePair pair = PairReuse.compare(new ReuseText("d", String.join("\n", decision)), new ReuseText("n", notice), 0, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				ReuseParameters.defaults());
		assertThat(pair.shared()).isEqualTo(450);
		assertThat(pair.coverage()).isCloseTo(450 / 590.0, org.assertj.core.data.Offset.offset(1e-9));
	}

	/** Characters beyond the BMP are one code point each in the passages' offsets. */
	@Test
	void offsetsCountCodePointsBeyondTheBmp() {
		String paragraph = "坚持以人民为中心的发展思想，久久为功，推动乡村全面振兴，巩固拓展脱贫攻坚成果同乡村振兴有效衔接。"; //$NON-NLS-1$
		ReuseText a = new ReuseText("a", "𠀀𠀁𠀂前言写在这里。\n" + paragraph); //$NON-NLS-1$ //$NON-NLS-2$
		ReuseText b = new ReuseText("b", "别的开头，𪚥字也在。\n" + paragraph + "\n结尾"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ReusePair pair = PairReuse.compare(a, b, 1, ReuseParameters.defaults());
		assertThat(pair).isNotNull();
		ReusePassage p = pair.passages().get(0);
		assertThat(cut(a.text(), p.startA(), p.endA())).isEqualTo(paragraph.substring(0, paragraph.length() - 1));
		assertThat(cut(b.text(), p.startB(), p.endB())).isEqualTo(paragraph.substring(0, paragraph.length() - 1));
		assertThat(p.startA()).isEqualTo(a.text().codePointCount(0, a.text().indexOf(paragraph)));
		assertThat(PairReuse.compare(PreparedText.of(a), PreparedText.of(b), 1, ReuseParameters.defaults())).isEqualTo(pair);
	}

	@Test
	void cancelStopsTheRun() {
		GeneratedCorpus corpus = new GeneratedCorpus(5, 10, 2);
		ReuseProgress cancelled = new ReuseProgress() {
			@Override
			public void begin(String step, int work) {
				// ignored
			}

			@Override
			public void worked(int work) {
				// ignored
			}

			@Override
			public boolean cancelled() {
				return true;
			}
		};
		assertThatThrownBy(() -> new CorpusReuse(ReuseParameters.defaults()).run(corpus.texts, cancelled))
				.isInstanceOf(CancellationException.class);
	}

	@Test
	void bandsFollowTheThreshold() {
		for (double t : new double[] { 0.1, 0.2, 0.3, 0.5, 0.8 }) {
			ReuseParameters p = ReuseParameters.withThreshold(t);
			assertThat(p.candidateProbability(t)).as("t=" + t).isGreaterThanOrEqualTo(0.98); //$NON-NLS-1$
		}
		assertThat(ReuseParameters.withThreshold(0.8).rows()).isGreaterThan(ReuseParameters.withThreshold(0.2).rows());
	}

	private static String text(GeneratedCorpus corpus, String id) {
		return corpus.texts.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().text();
	}

	private static String cut(String text, int start, int end) {
		return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
	}
}
