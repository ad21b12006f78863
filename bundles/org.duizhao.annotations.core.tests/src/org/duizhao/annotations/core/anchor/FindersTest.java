package org.duizhao.annotations.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.internal.anchor.FuzzyFinder;
import org.duizhao.annotations.core.internal.anchor.QuoteFinder;
import org.junit.jupiter.api.Test;

class FindersTest {

	private static QuoteFinder quotes(String text) {
		return new QuoteFinder(text);
	}

	private static FuzzyFinder fuzzy(String text) {
		return new FuzzyFinder(text.codePoints().toArray(), 0.8, 0.1);
	}

	@Test
	void contextChoosesAmongOccurrences() {
		String text = "甲地扶贫。乙地扶贫。丙地扶贫。";
		assertThat(quotes(text).find(new TextQuote("扶贫", "。乙地", "。丙地"), 0)).isEqualTo(7);
	}

	@Test
	void equalContextIsAmbiguous() {
		String text = "要求扶贫。要求扶贫。";
		assertThat(quotes(text).find(new TextQuote("扶贫", "要求", "。"), 0)).isEqualTo(-1);
	}

	@Test
	void shortTermWithoutAgreeingContextIsNotTaken() {
		String text = "其他内容讲到扶贫工作。";
		assertThat(quotes(text).find(new TextQuote("扶贫", "原来的上文", "原来的下文"), 6)).isEqualTo(-1);
		assertThat(quotes(text).find(new TextQuote("扶贫", "内容讲到", "原来的下文"), 6)).isEqualTo(6);
	}

	@Test
	void longPassageStandsAloneOnlyNearItsPlace() {
		String passage = "建立健全防止返贫监测机制";
		String text = "开头。" + passage + "。" + "后文".repeat(100);
		TextQuote q = new TextQuote(passage, "别的上文", "别的下文");
		assertThat(quotes(text).find(q, 5)).isEqualTo(3);
		assertThat(quotes(text).find(q, 200)).isEqualTo(-1);
	}

	@Test
	void quoteIsNotFoundInsideASurrogatePair() {
		String text = "\uD842\uDFB7\uD842\uDFB8";
		assertThat(quotes(text).find(new TextQuote("\uDFB8", "", ""), 0)).isEqualTo(-1);
	}

	@Test
	void fuzzyMatchFindsTheEditedPassageAndItsBounds() {
		String text = "前面的一些内容。选派干部到协作地区挂职锻炼。后面的一些内容。";
		FuzzyFinder.Match m = fuzzy(text).find("选派干部到对口地区挂职锻炼".codePoints().toArray(), 8, -1, any -> true, () -> true);
		assertThat(m).isNotNull();
		assertThat(text.substring(m.start(), m.end())).isEqualTo("选派干部到协作地区挂职锻炼");
		assertThat(m.distance()).isEqualTo(2);
	}

	@Test
	void fuzzyMatchFarFromTheHintIsFoundByGrams() {
		String text = "无关".repeat(2000) + "选派干部到协作地区挂职锻炼" + "无关".repeat(50);
		FuzzyFinder.Match m = fuzzy(text).find("选派干部到对口地区挂职锻炼".codePoints().toArray(), 0, -1, any -> true, () -> true);
		assertThat(m).isNotNull();
		assertThat(m.start()).isEqualTo(4000);
	}

	@Test
	void fuzzyRefusesBelowThresholdShortPatternsAndUnchangedText() {
		String text = "前文。选派干部到异地岗位学习锻炼。后文。";
		assertThat(fuzzy(text).find("选派干部到对口地区挂职锻炼".codePoints().toArray(), 3, -1, any -> true, () -> true)).isNull();
		assertThat(fuzzy("甲乙丙丁戊己").find("甲乙丙丁戊".codePoints().toArray(), 0, -1, any -> true, () -> true)).isNull();
		assertThat(fuzzy("前文。选派干部到对口地区挂职锻炼。").find("选派干部到对口地区挂职锻炼".codePoints().toArray(), 3, -1, any -> true, () -> true))
				.isNull();
	}

	@Test
	void fuzzyRefusesWithoutAClearMargin() {
		String text = "选派干部到协作地区挂职锻炼。中间。选派干部到结对地区挂职锻炼。";
		assertThat(fuzzy(text).find("选派干部到对口地区挂职锻炼".codePoints().toArray(), 0, -1, any -> true, () -> true)).isNull();
	}
}
