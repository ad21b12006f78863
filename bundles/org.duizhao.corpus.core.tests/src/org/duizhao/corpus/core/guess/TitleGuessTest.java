package org.duizhao.corpus.core.guess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 10 §6: titles that tell documents apart. */
class TitleGuessTest {

	private static String title(String text, String fileName) {
		return MetadataGuesser.guess(text, null, fileName, null).title();
	}

	@Test
	void aSalutationIsNeverTheTitle() {
		String report = "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、过去一年的工作\n";
		assertThat(title(report, "2023年某省政府工作报告.txt")).isEqualTo("一、过去一年的工作");
		assertThat(title("同志们：\n今天召开全县工作会议。\n", "县长讲话.txt")).isEqualTo("县长讲话");
		assertThat(title("女士们、先生们：\n欢迎各位来宾。\n", "致辞.txt")).isEqualTo("致辞");
		assertThat(title("尊敬的各位领导、各位来宾：\n大家好！\n", "发言.txt")).isEqualTo("发言");
		assertThat(title("各位代表:\n現在，我代表市人民政府報告工作。\n", "報告.txt")).isEqualTo("報告");
	}

	@Test
	void theHeadingAboveTheSalutationIsTheTitle() {
		String report = "政府工作报告\n——2023年1月12日在某省第十四届人民代表大会第一次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n";
		assertThat(title(report, "a.txt")).isEqualTo("政府工作报告");
	}

	@Test
	void pageFurnitureMatchedByBoilerplateRulesIsSkipped() {
		String forum = "|Archiver|手機版|小黑屋|臨汾金融網 ( 晉ICP备12345678号 )\n关于农村信用社改革的讨论\n正文。\n";
		assertThat(title(forum, "thread.html")).isEqualTo("关于农村信用社改革的讨论");
		assertThat(MetadataGuesser.guess("正文。", "Powered by Discuz! Archiver", "论坛帖子.html", null).title())
				.isEqualTo("论坛帖子");
	}

	@Test
	void eightReportsThatOpenWithASalutationGetDifferentTitles() {
		java.util.Set<String> titles = new java.util.HashSet<>();
		for (int year = 2016; year < 2024; year++) {
			titles.add(title("各位代表：\n现在，我代表市人民政府，向大会报告" + year + "年工作。\n", year + "年政府工作报告.txt"));
		}
		assertThat(titles).hasSize(8).noneMatch(t -> t.contains("各位代表"));
	}
}
