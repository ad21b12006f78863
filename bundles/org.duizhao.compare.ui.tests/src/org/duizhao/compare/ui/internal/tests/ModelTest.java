package org.duizhao.compare.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.CompareSide;
import org.duizhao.compare.core.Granularity;
import org.duizhao.compare.ui.internal.model.ChangeNavigator;
import org.duizhao.compare.ui.internal.model.CompareRunner;
import org.duizhao.compare.ui.internal.model.CompareSettings;
import org.duizhao.compare.ui.internal.model.OffsetMap;
import org.duizhao.compare.ui.internal.model.PassageRow;
import org.duizhao.compare.ui.internal.model.ShadeRun;
import org.duizhao.compare.ui.internal.model.Shading;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.compare.core.SideBuilder;
import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.junit.jupiter.api.Test;

/** The UI-free model adapters: sides, shading, offset map, navigation, passage rows. */
class ModelTest {

	private static final String A = "第一句话。\n第二句，内容有变化。\n第三句保持不变。\n";
	private static final String B = "第一句话。\n第二句，内容已改变。\n第三句保持不变。\n第四句是新的。\n";

	@Test
	void sentencesSurviveWhenWhitespaceAndPunctuationAreIgnored() {
		CompareSide side = SideBuilder.standard().build(A,
				EnumSet.of(NormalizeOption.WHITESPACE, NormalizeOption.PUNCTUATION), Granularity.CHAR);
		assertThat(side.sentences()).hasSize(3);
		assertContiguous(side.sentences(), side.text().length());
		assertThat(side.sentences().get(1).of(side.text().text())).isEqualTo("第二句内容有变化");
	}

	@Test
	void wordGranularityGetsWords() {
		CompareSide side = SideBuilder.standard().build(A, EnumSet.noneOf(NormalizeOption.class), Granularity.WORD);
		assertThat(side.words()).isNotEmpty();
		assertThat(SideBuilder.standard().build(A, EnumSet.noneOf(NormalizeOption.class), Granularity.CHAR).words())
				.isNull();
	}

	private static void assertContiguous(List<TextRange> ranges, int length) {
		int at = 0;
		for (TextRange r : ranges) {
			assertThat(r.start()).isEqualTo(at);
			assertThat(r.isEmpty()).isFalse();
			at = r.end();
		}
		assertThat(at).isEqualTo(length);
	}

	@Test
	void shadingIsSortedAndDisjointAndCoversTheHunks() {
		CompareResult result = CompareRunner.standard().compare(A, B, CompareSettings.defaults(), null);
		assertThat(result.hunks()).isNotEmpty();
		for (Side side : Side.values()) {
			List<ShadeRun> runs = Shading.runs(result, side);
			int last = 0;
			for (ShadeRun run : runs) {
				assertThat(run.start()).isGreaterThanOrEqualTo(last);
				assertThat(run.end()).isGreaterThan(run.start());
				last = run.end();
			}
		}
		assertThat(Shading.runs(result, Side.B)).anySatisfy(r -> assertThat(B.substring(r.start(), r.end())).contains("第四句"));
	}

	@Test
	void offsetMapIsMonotoneAndFixesSharedPassages() {
		CompareResult result = CompareRunner.standard().compare(A, B, CompareSettings.defaults(), null);
		OffsetMap map = OffsetMap.of(result);
		int last = 0;
		for (int i = 0; i <= A.length(); i++) {
			int b = map.map(Side.A, i);
			assertThat(b).isBetween(last, B.length());
			last = b;
		}
		int third = A.indexOf("第三句");
		assertThat(map.map(Side.A, third)).isEqualTo(B.indexOf("第三句"));
		assertThat(map.map(Side.B, B.indexOf("第三句"))).isEqualTo(third);
	}

	@Test
	void navigatorWrapsBothWays() {
		CompareResult result = CompareRunner.standard().compare(A, B, CompareSettings.defaults(), null);
		ChangeNavigator nav = new ChangeNavigator(result.hunks());
		int n = nav.size();
		assertThat(nav.previous()).isEqualTo(n - 1);
		assertThat(nav.next()).isZero();
		assertThat(new ChangeNavigator(List.of()).next()).isEqualTo(-1);
		int k = nav.hunkAt(Side.B, B.indexOf("第四句"));
		assertThat(k).isNotNegative();
	}

	@Test
	void passageRowsUseCodePoints() {
		String a = "𠮷𠮷这一段文字两边都有，而且足够长。后面不同。";
		String b = "开头不同。𠮷𠮷这一段文字两边都有，而且足够长。";
		CompareResult result = CompareRunner.standard().compare(a, b, CompareSettings.defaults(), null);
		assertThat(result.shared()).isNotEmpty();
		PassageRow row = PassageRow.of(result).stream().max((x, y) -> Integer.compare(x.length(), y.length())).get();
		assertThat(row.text(result)).contains("这一段文字两边都有");
		assertThat(row.positionA()).isLessThanOrEqualTo(row.passage().a().start());
	}
}
