package org.duizhao.text.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Width, whitespace, punctuation and pinyin steps on short examples of our own. */
class StepsTest {

	private static final Normalizer NORMALIZER = Normalizer.standard();

	private static String view(String original, NormalizeOption... options) {
		Set<NormalizeOption> set = EnumSet.noneOf(NormalizeOption.class);
		set.addAll(java.util.List.of(options));
		return NORMALIZER.normalize(original, set).text();
	}

	@Test
	void widthFoldsFullWidthAsciiButKeepsCjkPunctuation() {
		assertThat(view("ＧＤＰ增长６．５％，好。「是」", NormalizeOption.WIDTH)).isEqualTo("GDP增长6.5%,好。「是」");
	}

	@Test
	void widthFoldsCompatibilityIdeographsAndKangxiRadicals() {
		assertThat(view("\uF900\u2F00", NormalizeOption.WIDTH)).isEqualTo("\u8C48一");
	}

	@Test
	void widthCollapsesWhitespace() {
		assertThat(view("　　第一段\u00A0 內容\u200B。 \n\n\u3000　第二段\t\n", NormalizeOption.WIDTH))
				.isEqualTo("第一段 內容。\n第二段");
	}

	@Test
	void whitespaceIgnoredDropsAllOfIt() {
		assertThat(view("　第一\r\n段 內\t容\u200B", NormalizeOption.WHITESPACE)).isEqualTo("第一段內容");
	}

	@Test
	void punctuationIgnoredDropsFullAndHalfWidth() {
		assertThat(view("“好”，是的!（注）…… a-b", NormalizeOption.PUNCTUATION)).isEqualTo("好是的注 ab");
	}

	@Test
	void pinyinGlossesAfterHanAreDropped() {
		assertThat(view("攻堅(jiān)與精準（zhǔn）扶貧", NormalizeOption.PINYIN)).isEqualTo("攻堅與精準扶貧");
		assertThat(view("朝陽(zhāo yáng)區", NormalizeOption.PINYIN)).isEqualTo("朝陽區");
	}

	@Test
	void ordinaryParenthesesStay() {
		String text = "世贸组织(WTO)与附件(一)和 (jiān) 以及号(abc)";
		assertThat(view(text, NormalizeOption.PINYIN)).isEqualTo(text);
	}

	@Test
	void foldsAreReportedInOriginalOffsets() {
		NormalizationResult result = NORMALIZER.normalizeWithFolds("堅(jiān)Ａ", EnumSet.of(NormalizeOption.PINYIN,
				NormalizeOption.WIDTH), null);
		assertThat(result.folds()).containsExactly(
				new Fold(new org.duizhao.text.core.TextRange(1, 7), "(jiān)", "", FoldReason.PINYIN_GLOSS),
				new Fold(new org.duizhao.text.core.TextRange(7, 8), "Ａ", "A", FoldReason.WIDTH));
		assertThat(FoldReason.PINYIN_GLOSS.label()).isNotBlank();
	}
}
