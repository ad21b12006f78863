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
