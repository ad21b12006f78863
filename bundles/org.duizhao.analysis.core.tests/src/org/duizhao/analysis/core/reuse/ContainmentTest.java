package org.duizhao.analysis.core.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Candidates by containment: short notices that copy two or three paragraphs of a long decision
 * resemble it too little for MinHash/LSH, and the sample index finds every one of them and no
 * unrelated pair; with containment off, the candidates are those of resemblance alone.
 */
class ContainmentTest {

	private static final ReuseParameters OFF = ReuseParameters.defaults().withContainment(0);

	@Test
	void noticesResembleTheirDecisionsTooLittleForResemblanceAlone() {
		NoticeCorpus corpus = new NoticeCorpus(11, 30, 20);
		CorpusReuse engine = new CorpusReuse(OFF);
		long[][] signatures = engine.signatures(corpus.texts, ReuseProgress.NONE);
		for (String pair : corpus.planted) {
			String[] ids = pair.split("\\|"); //$NON-NLS-1$
			double r = MinHash.resemblance(signatures[index(corpus, ids[0])], signatures[index(corpus, ids[1])]);
			assertThat(r).as(pair).isLessThan(0.2);
		}
		assertThat(ids(engine.run(corpus.texts, null))).doesNotContainAnyElementsOf(corpus.planted);
	}

	@Test
	void containmentFindsEveryPlantedNoticeAndNoOtherPair() {
		NoticeCorpus corpus = new NoticeCorpus(11, 30, 20);
		List<ReusePair> pairs = new CorpusReuse(ReuseParameters.defaults()).run(corpus.texts, null);
		assertThat(ids(pairs)).isEqualTo(corpus.planted);
		for (ReusePair p : pairs) {
			assertThat(p.resemblance()).as(p.b()).isLessThan(ReuseParameters.DEFAULT_THRESHOLD);
			assertThat(p.estimatedContainment()).as(p.b()).isGreaterThanOrEqualTo(ReuseParameters.DEFAULT_CONTAINMENT);
			assertThat(p.coverage()).as(p.b()).isGreaterThan(0.5); // the copied and the stock paragraphs
			assertThat(p.hanB()).isLessThan(p.hanA() / 3);
		}
	}

	@Test
	void aHighContainmentThresholdKeepsOnlyTheFullestCopies() {
		NoticeCorpus corpus = new NoticeCorpus(11, 30, 20);
		Set<String> strict = ids(new CorpusReuse(ReuseParameters.defaults().withContainment(0.95)).run(corpus.texts, null));
		assertThat(corpus.planted).containsAll(strict);
		assertThat(strict).hasSizeLessThan(corpus.planted.size());
	}

	@Test
	void offLeavesTheCandidatesOfResemblanceAsTheyWere() {
		GeneratedCorpus corpus = new GeneratedCorpus(42, 60, 15);
		CorpusReuse off = new CorpusReuse(OFF);
		CorpusReuse.Sketches sketches = off.sketches(corpus.texts, ReuseProgress.NONE);
		List<int[]> lsh = off.candidates(sketches.signatures(), ReuseProgress.NONE);
		assertThat(strings(off.candidates(sketches, ReuseProgress.NONE))).isEqualTo(strings(lsh)).isNotEmpty();
		assertThat(ids(off.run(corpus.texts, null))).isEqualTo(corpus.planted);
		CorpusReuse on = new CorpusReuse(ReuseParameters.defaults());
		List<int[]> both = on.candidates(sketches, ReuseProgress.NONE);
		assertThat(strings(both)).containsAll(strings(lsh));
		assertThat(ids(on.run(corpus.texts, null))).isEqualTo(corpus.planted);
	}

	@Test
	void unionKeepsEachPairOnceInOrder() {
		List<int[]> x = List.of(new int[] { 0, 1 }, new int[] { 0, 3 }, new int[] { 2, 3 });
		List<int[]> y = List.of(new int[] { 0, 2 }, new int[] { 0, 3 }, new int[] { 1, 2 }, new int[] { 2, 3 });
		assertThat(CorpusReuse.union(x, y).stream().map(Arrays::toString))
				.containsExactly("[0, 1]", "[0, 2]", "[0, 3]", "[1, 2]", "[2, 3]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@Test
	void samplesOfACopiedParagraphAreSamplesWhereverItIs() {
		NoticeCorpus corpus = new NoticeCorpus(3, 4, 2);
		for (String pair : corpus.planted) {
			String[] ids = pair.split("\\|"); //$NON-NLS-1$
			long[] decision = samples(corpus, ids[0]);
			long[] notice = samples(corpus, ids[1]);
			assertThat(ContainmentSamples.containment(notice, decision)).as(pair).isGreaterThan(0.5);
			assertThat(ContainmentSamples.containment(decision, notice)).isEqualTo(ContainmentSamples.containment(notice, decision));
			long[] shingles = Shingles.of(Shingles.compact(corpus.texts.get(index(corpus, ids[0])).text()), 5);
			assertThat(decision.length).isBetween(shingles.length / 32, shingles.length / 8);
		}
		assertThat(ContainmentSamples.containment(new long[0], new long[] { 1 })).isZero();
	}

	/** A sample in more documents than the cap is boilerplate: it makes no pair, however many share it. */
	@Test
	void boilerplateSamplesMakeNoPair() {
		int n = 30;
		assertThat(ContainmentIndex.maxDocuments(n)).isLessThan(n);
		long[][] samples = new long[n][];
		for (int d = 0; d < n; d++) { // five samples everyone has, two of each document's own
			samples[d] = sorted(1, 2, 3, 4, 5, 1000 + d, 2000 + d);
		}
		assertThat(new ContainmentIndex(samples).candidates(0.3, ReuseProgress.NONE)).isEmpty();
		samples[7] = sorted(1, 2, 3, 4, 5, 77, 78, 79, 1007); // 7 and 8 also share three rare samples
		samples[8] = sorted(1, 2, 3, 4, 5, 77, 78, 79, 3008, 4008, 5008, 6008);
		assertThat(new ContainmentIndex(samples).candidates(0.3, ReuseProgress.NONE)).extracting(Arrays::toString)
				.containsExactly("[7, 8]"); //$NON-NLS-1$
		// 3 of document 7's 4 samples that are not boilerplate: a containment of 0.75
		assertThat(new ContainmentIndex(samples).candidates(0.8, ReuseProgress.NONE)).isEmpty();
	}

	@Test
	void fewerSharedSamplesThanTheLeastMakeNoPair() {
		long[][] samples = { sorted(1, 2), sorted(1, 2, 3), sorted(1, 2, 3, 4, 5, 6) };
		assertThat(new ContainmentIndex(samples).candidates(0.3, ReuseProgress.NONE)).extracting(Arrays::toString)
				.containsExactly("[1, 2]"); //$NON-NLS-1$
	}

	/** @return the samples {@code mix(values)}, ascending, as {@link ContainmentSamples#of} gives them */
	private static long[] sorted(long... values) {
		long[] out = Arrays.stream(values).map(Shingles::mix).toArray();
		Arrays.sort(out);
		return out;
	}

	private static long[] samples(NoticeCorpus corpus, String id) {
		String text = corpus.texts.get(index(corpus, id)).text();
		return ContainmentSamples.of(Shingles.of(Shingles.compact(text), 5));
	}

	private static int index(NoticeCorpus corpus, String id) {
		List<String> ids = new ArrayList<>();
		corpus.texts.forEach(t -> ids.add(t.id()));
		return ids.indexOf(id);
	}

	private static List<String> strings(List<int[]> pairs) {
		return pairs.stream().map(Arrays::toString).toList();
	}

	private static Set<String> ids(List<ReusePair> pairs) {
		return pairs.stream().map(p -> p.a() + "|" + p.b()).collect(Collectors.toSet()); //$NON-NLS-1$
	}
}
