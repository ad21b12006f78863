package org.duizhao.text.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;

import org.duizhao.text.core.TextRange;
import org.junit.jupiter.api.Test;

/** Boilerplate, damage and gloss marks on short texts of our own. */
class MarksTest {

	private static final Normalizer NORMALIZER = Normalizer.standard();

	/** Issue 10: escape sequences in a scraped page are damage, marked whole. */
	@Test
	void controlCharactersAndEscapeSequencesAreDamage() {
		String text = "正文\u001B[2J第一段\u001B]0;改标题\u0007。\u0000\u0001末尾\t制表\n换行";
		assertThat(Marks.damage(text)).extracting(r -> r.of(text)).containsExactly("\u001B[2J",
				"\u001B]0;改标题\u0007", "\u0000\u0001");
	}

	@Test
	void boilerplateLinesAreMarkedWithTheirRule() {
		String text = "正文第一段。\n責任編輯：張三\n版权所有 © 某某网\n沪ICP备12345678号\n上一篇：某文\n正文第二段。";
		TextMarks marks = NORMALIZER.marks(text);
		assertThat(marks.boilerplate()).extracting(BoilerplateMark::rule)
				.containsExactly("editor", "copyright", "icp", "navigation");
		assertThat(marks.boilerplate().get(0).range().of(text)).isEqualTo("責任編輯：張三");
	}

	@Test
	void contactLineWithGlossAndTraditionalCharactersIsFound() {
		String text = "聯(lián)繫電話：010-12345678\n正文。";
		assertThat(NORMALIZER.marks(text).boilerplate()).extracting(BoilerplateMark::rule).containsExactly("contact");
	}

	@Test
	void longParagraphQuotingACreditIsNotBoilerplate() {
		String text = "本报讯 据来源：" + "这是一段很长的正文内容，".repeat(10);
		assertThat(NORMALIZER.marks(text).boilerplate()).isEmpty();
	}

	@Test
	void ignoringBoilerplateDropsTheLinesButMarksKeepThem() {
		String text = "正文。\n来源：某报\n下文。";
		NormalizedText view = NORMALIZER.normalize(text, EnumSet.of(NormalizeOption.BOILERPLATE, NormalizeOption.WIDTH));
		assertThat(view.text()).isEqualTo("正文。\n下文。");
		NormalizedTextPropertyTest.assertExactMap(view);
	}

	@Test
	void damageIsQuestionMarkRunsAndReplacementCharacters() {
		String text = "看了??的目?，好\uFFFD。Why?? 是吗? 是 a?b";
		List<TextRange> damaged = Marks.damage(text);
		assertThat(damaged).extracting(r -> r.of(text)).containsExactly("??", "?", "\uFFFD");
	}

	@Test
	void glossesAreMarked() {
		String text = "攻堅(jiān)戰(zhàn)，世贸组织(WTO)";
		assertThat(NORMALIZER.marks(text).glosses()).extracting(r -> r.of(text)).containsExactly("(jiān)", "(zhàn)");
	}

	@Test
	void rulesFileErrorsNameTheLine() {
		assertThatThrownBy(() -> BoilerplateRules.parse(new StringReader("# c\nok = a\nbroken\n")))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3");
		assertThatThrownBy(() -> BoilerplateRules.parse(new StringReader("bad = (")))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad");
	}

	@Test
	void userRulesWithLengthLimit() throws IOException {
		BoilerplateRules rules = BoilerplateRules.parse(new StringReader("short[5] = 广告\n"));
		assertThat(rules.rules()).singleElement().extracting(BoilerplateRule::maxLineLength).isEqualTo(5);
		Normalizer normalizer = Normalizer.builder().boilerplateRules(rules).build();
		assertThat(normalizer.marks("广告\n这是广告的长行").boilerplate()).hasSize(1);
	}

	@Test
	void defaultRulesLoad() {
		assertThat(BoilerplateRules.defaults().rules()).extracting(BoilerplateRule::name).contains("icp", "copyright",
				"recommended", "editor", "contact", "navigation", "spam");
	}
}
