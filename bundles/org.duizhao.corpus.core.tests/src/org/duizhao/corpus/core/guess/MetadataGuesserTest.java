package org.duizhao.corpus.core.guess;

import static org.assertj.core.api.Assertions.assertThat;

import org.duizhao.corpus.core.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MetadataGuesserTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "印发日期：2020年3月6日|2020-03-06", "发布时间 2019-11-05 10:32|2019-11-05",
			"2018.07.01 来源：本站|2018-07-01", "二〇二〇年十二月二十六日|2020-12-26", "二〇一九年十月|2019-10",
			"２０２１年１月９日|2021-01-09", "2017年5月工作计划|2017-05", "没有日期的一行|", "编号 123456789|" })
	void dates(String line, String expected) {
		assertThat(MetadataGuesser.guessDate("某某通知\n" + line + "\n正文内容。")).isEqualTo(expected);
	}

	@Test
	void completeDateBeatsEarlierPartialOne() {
		assertThat(MetadataGuesser.guessDate("2020年工作要点\n正文\n某某局\n2020年4月1日")).isEqualTo("2020-04-01");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "福建省人民政府关于加强海岸带保护的意见|福建省",
			"廣東省政府關於推動文化建設的說明|广东省", "宁夏回族自治区扶贫办通知|宁夏回族自治区",
			"关于印发方案的通知\\n闽政〔2020〕12号|福建省", "浙江西部山区发展规划|浙江省", "关于做好统计工作的通知|" })
	void regions(String text, String expected) {
		assertThat(MetadataGuesser.guessRegion(text.replace("\\n", "\n"))).isEqualTo(expected);
	}

	@Test
	void abbreviationsOutsideDocumentNumbersDoNotCount() {
		assertThat(MetadataGuesser.guessRegion("闽宁协作二十年回顾\n两地合作成效显著。")).isNull();
	}

	@Test
	void inAPairingTheProvinceNamedFirstWins() {
		String text = "山东省某某县与浙江省某某市签订协作协议\n浙江企业来县考察，浙江客商投资，浙江专家授课。";
		assertThat(MetadataGuesser.guessRegion(text)).isEqualTo("山东省"); //$NON-NLS-1$
		String overwhelming = "山东省代表团赴浙江考察\n" + "浙江省的做法值得学习。\n".repeat(8);
		assertThat(MetadataGuesser.guessRegion(overwhelming)).isEqualTo("浙江省"); //$NON-NLS-1$
	}

	@Test
	void manyProvincesMeanNone() {
		assertThat(MetadataGuesser.guessRegion("全国会议\n河北、山西、辽宁、吉林、江苏、浙江代表发言。\n河北 山西")).isNull();
	}

	@Test
	void titleSkipsPageFurnitureAndIssuerComesFromSignature() {
		String text = "当前位置：首页 > 政策文件\n发布时间：2020-05-01  来源：本站\n"
				+ "　　关于进一步规范村级财务管理的通知\n各乡镇：\n　　现将有关事项通知如下。\n某某县财政局\n2020年5月1日\n";
		Metadata m = MetadataGuesser.guess(text, null, "file.txt", "/tmp/file.txt");
		assertThat(m.title()).isEqualTo("关于进一步规范村级财务管理的通知");
		assertThat(m.issuer()).isEqualTo("某某县财政局");
		assertThat(m.date()).isEqualTo("2020-05-01");
		assertThat(m.source()).isEqualTo("/tmp/file.txt");
		assertThat(m.tags()).isEmpty();
	}

	@Test
	void declaredTitleKeepsDashesBetweenPlaceNames() {
		assertThat(MetadataGuesser.guess("正文", "甲市—乙县协作会议召开_工作动态_某某新闻网", "c.html", null).title())
				.isEqualTo("甲市—乙县协作会议召开");
	}

	@Test
	void titleLeavesPinyinGlossesOut() {
		assertThat(MetadataGuesser.guess("對口協作怎樣才能長(cháng)久\n正文。", null, "a.txt", null).title()) //$NON-NLS-1$
				.isEqualTo("對口協作怎樣才能長久"); //$NON-NLS-1$
	}

	@Test
	void titleSkipsBreadcrumbs() {
		String text = "市政府网 > 政务公开 > 通知公告\n关于开展春季植树活动的通知\n各区县：\n正文。";
		assertThat(MetadataGuesser.guess(text, null, "a.txt", null).title()).isEqualTo("关于开展春季植树活动的通知");
		String traditional = "鄉村論壇 » 觀察 » 正文\n談談山區茶產業的出路\n正文。";
		assertThat(MetadataGuesser.guess(traditional, null, "b.txt", null).title()).isEqualTo("談談山區茶產業的出路");
	}

	@Test
	void declaredTitleLosesItsSiteName() {
		assertThat(MetadataGuesser.guess("正文", "关于开展植树活动的通知_某市政府网", null, null).title())
				.isEqualTo("关于开展植树活动的通知");
	}

	@Test
	void fileNameIsTheLastResort() {
		assertThat(MetadataGuesser.guess("http://example.org\n12345", null, "报告.txt", null).title()).isEqualTo("报告");
	}

	@Test
	void letterheadIssuer() {
		assertThat(MetadataGuesser.guess("江西省人民政府文件\n赣府发〔2019〕3号\n正文。", null, null, null).issuer())
				.isEqualTo("江西省人民政府");
	}

	@Test
	void thirtyFourDivisions() {
		assertThat(Regions.ALL).hasSize(34);
		assertThat(Regions.ALL).extracting(Region::name).doesNotHaveDuplicates();
	}
}
