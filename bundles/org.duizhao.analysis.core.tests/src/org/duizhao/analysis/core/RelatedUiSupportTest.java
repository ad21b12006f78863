package org.duizhao.analysis.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.duizhao.text.core.normalize.Normalizer;
import org.junit.jupiter.api.Test;

/** What the workbench's Related mode asks of the core beyond the CLI: shared parts, document frequencies, generic phrases. */
class RelatedUiSupportTest {

	private static final ParallelPassages PASSAGES = new ParallelPassages(Normalizer.standard());

	@Test
	void sharedPartsMarkWhatBothPassagesHoldInOriginalCodePoints() {
		String kept = "坚持精准扶贫精准脱贫基本方略";
		String a = "前言。" + kept + "，集中力量攻克贫困的难中之难。";
		String b = "𠮷" + kept.replace("精准扶贫", "精準扶貧") + "，全力推进各项工作落到实处。";
		List<ParallelPassage> found = PASSAGES.find(a, b, SharedFormulas.DEFAULT_IGNORE, 0.3, 8, null);
		assertThat(found).isNotEmpty();
		SharedParts parts = PASSAGES.sharedParts(a, b, found.get(0), SharedFormulas.DEFAULT_IGNORE);
		assertThat(parts.inA()).isNotEmpty();
		Span first = parts.inA().get(0);
		assertThat(a.substring(first.start(), first.end())).isEqualTo(kept);
		Span inB = parts.inB().get(0);
		assertThat(inB.start()).as("code points: 𠮷 is one").isEqualTo(1);
		int s = b.offsetByCodePoints(0, inB.start());
		assertThat(b.substring(s, b.offsetByCodePoints(0, inB.end()))).startsWith("坚持精準扶貧").endsWith("基本方略");
		for (Span p : parts.inA()) {
			assertThat(p.start()).isGreaterThanOrEqualTo(found.get(0).a().start());
			assertThat(p.end()).isLessThanOrEqualTo(found.get(0).a().end());
		}
	}

	@Test
	void documentFrequenciesCountFoldedOccurrencesAndTellGenericPhrases() {
		DocumentFrequencies df = DocumentFrequencies.of(List.of("要久久為功。", "久久为功，", "两不愁、三保障", "党中央", "其他"),
				Normalizer.standard(), SharedFormulas.DEFAULT_IGNORE);
		assertThat(df.documents()).isEqualTo(5);
		assertThat(df.applyAsInt("久久为功")).isEqualTo(2);
		assertThat(df.applyAsInt("两不愁三保障")).isEqualTo(1);
		assertThat(df.isGeneric("久久为功", 2)).isFalse();
		assertThat(df.isGeneric("久久为功", 4)).as("in four of five documents").isTrue();
		assertThat(df.isGeneric("党中央决策部署", 1)).isTrue();
		assertThat(GenericPhrases.isGeneric("深入学习贯彻习近平总书记")).isTrue();
		assertThat(GenericPhrases.isGeneric("两不愁三保障")).isFalse();
		assertThat(GenericPhrases.isGeneric("脱贫攻坚")).isFalse();
	}
}
