package org.duizhao.analysis.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.duizhao.testing.TestData;
import org.duizhao.text.core.normalize.Normalizer;
import org.junit.jupiter.api.Test;

class SharedFormulasTest {

	private static final SharedFormulas FORMULAS = new SharedFormulas(Normalizer.standard());

	private static List<SharedFormula> find(String a, String b) {
		return FORMULAS.find(a, b, SharedFormulas.DEFAULT_IGNORE, SharedFormulas.DEFAULT_MIN_LENGTH);
	}

	private static String at(String text, Span span) {
		int s = text.offsetByCodePoints(0, span.start());
		int e = text.offsetByCodePoints(0, span.end());
		return text.substring(s, e);
	}

	@Test
	void findsFormulasAcrossScriptsAndPointsAtTheOriginals() {
		String a = "会议强调，要久久为功，坚持以人民为中心的发展思想。";
		String b = "他說：必須久久為功，堅持以人民為中心的發展思想，繼續前進。";
		List<SharedFormula> found = find(a, b);
		assertThat(found).extracting(SharedFormula::text).contains("久久为功");
		assertThat(found).anySatisfy(f -> assertThat(f.text()).contains("以人民为中心的发展思想"));
		SharedFormula f = found.stream().filter(x -> x.text().equals("久久为功")).findFirst().orElseThrow();
		assertThat(at(a, f.inA().get(0))).isEqualTo("久久为功");
		assertThat(at(b, f.inB().get(0))).isEqualTo("久久為功");
	}

	@Test
	void offsetsCountCodePointsOutsideTheBmp() {
		String a = "𠮷𠮷甲乙：全面建成小康社会。";
		String b = "全面建成小康社会";
		SharedFormula f = find(a, b).get(0);
		assertThat(f.inA().get(0)).isEqualTo(new Span(5, 13));
		assertThat(at(a, f.inA().get(0))).isEqualTo("全面建成小康社会");
	}

	@Test
	void phrasesNeverCutWordsAndNeverRunAcrossPunctuation() {
		String a = "深入学习，贯彻落实会议精神和部署。";
		String b = "认真贯彻落实会议精神和要求";
		for (SharedFormula f : find(a, b)) {
			assertThat(f.text()).doesNotContain("，").doesNotContain("。");
			assertThat(f.text()).doesNotEndWith("和").doesNotStartWith("实");
		}
		assertThat(find("甲乙丙丁", "戊己庚辛")).isEmpty();
		assertThat(find("习近平总书记关于扶贫", "学习习近平总书记关于教育")).extracting(SharedFormula::text)
				.containsExactly("习近平总书记");
	}

	@Test
	void listMarksAndSpacesBetweenHanCharactersDoNotSplitAFormula() {
		String a = "加快补齐两不愁三保障短板。";
		String b = "紧盯两不愁、三保障标准，解决两不愁 三保障问题";
		SharedFormula f = find(a, b).get(0);
		assertThat(f.text()).isEqualTo("两不愁三保障");
		assertThat(f.inB()).hasSize(2);
		assertThat(at(b, f.inB().get(0))).isEqualTo("两不愁、三保障");
		assertThat(at(b, f.inB().get(1))).isEqualTo("两不愁 三保障");
	}

	@Test
	void aShorterPhraseInsideALongerOneIsNotRepeated() {
		String a = "脱贫攻坚战取得全面胜利。";
		String b = "我们的脱贫攻坚战取得全面胜利。";
		List<SharedFormula> found = find(a, b);
		assertThat(found).extracting(SharedFormula::text).containsExactly("脱贫攻坚战取得全面胜利");
		assertThat(found.get(0).inB()).hasSize(1);
		// a shorter phrase that also stands on its own elsewhere is listed with that occurrence
		List<SharedFormula> again = find(a, b + "脱贫攻坚战！");
		assertThat(again).extracting(SharedFormula::text).containsExactly("脱贫攻坚战取得全面胜利", "脱贫攻坚战");
		assertThat(again.get(1).inB()).hasSize(2);
	}

	@Test
	void seedsFujianAndGansuShareTheirFormulas() {
		String a = TestData.seedText("000");
		String b = TestData.seedText("001");
		List<SharedFormula> found = find(a, b);
		List<String> texts = found.stream().map(SharedFormula::text).toList();
		for (String expected : List.of("两不愁三保障", "久久为功", "越是艰险越向前", "以人民为中心的发展思想", "全面建成小康社会")) {
			assertThat(texts).as(expected).anySatisfy(t -> assertThat(t).contains(expected));
		}
		for (SharedFormula f : found) {
			assertThat(f.inA()).isNotEmpty();
			assertThat(f.inB()).isNotEmpty();
		}
	}
}
