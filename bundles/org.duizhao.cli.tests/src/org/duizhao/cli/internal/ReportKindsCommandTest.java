package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duizhao.cli.internal.CliHarness.runOk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * {@code duizhao report --kind comparison} (a pair, and a base against others) and
 * {@code --kind agreement} on a real project imported and coded through the CLI.
 */
class ReportKindsCommandTest extends WithCodedVersions {

	@Test
	void comparisonOfAPairInHtmlAndCsv() throws IOException {
		Path out = dir.resolve("pair.html");
		runOk("report", "--project", project, "--kind", "comparison", "--docs", "v1.txt,v2.txt", "-o", out.toString());
		String html = Files.readString(out, StandardCharsets.UTF_8);
		// readable by others as any file the user writes (a temporary file would be owner-only)
		if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(Files.getPosixFilePermissions(out)).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
					java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
		}
		assertThat(html).contains("<table class=\"sbs\">").contains("<span class=\"chg\">推进</span>")
				.contains("<span class=\"chg\">深化</span>").contains("&lt;script&gt;新增&lt;/script&gt;")
				.contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<script").doesNotContain("<img");
		CliHarness csv = runOk("report", "--project", project, "--kind", "comparison", "--format", "csv", "--docs",
				"v1.txt,v2.txt", "-o", "-");
		String[] lines = csv.out().split("\r\n");
		assertThat(lines[0]).isEqualTo("\uFEFFkind,number,a_start,a_end,b_start,b_end,a_text,b_text,score");
		assertThat(lines).contains("change,1,12,14,12,14,推进,深化,");
		assertThat(lines).anyMatch(l -> l.startsWith("shared,1,0,12,0,12,第一条 加强东西部协作，,"));
	}

	@Test
	void comparisonOfABaseWithOthersGivesTheTable() throws IOException {
		CliHarness csv = runOk("report", "--project", project, "--kind", "comparison", "--format", "csv", "--base",
				"v1.txt", "--docs", "v2.txt,v3.txt", "--granularity", "word", "-o", "-");
		String[] lines = csv.out().split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).startsWith("\uFEFFbase,document,document_id,similarity,");
		assertThat(lines[1]).startsWith("v1,v2,");
		assertThat(lines[2]).startsWith("v1,v3,");
		// v3 keeps the base's first sentence and drops the second
		assertThat(lines[2]).endsWith(",2,0.5000,0.0000,0.5000");
		Path out = dir.resolve("base.html");
		runOk("report", "--project", project, "--kind", "comparison", "--base", "v1", "--docs", "v2,v3", "-o",
				out.toString());
		String html = Files.readString(out, StandardCharsets.UTF_8);
		assertThat(html).contains("<table class=\"base\">").doesNotContain("<table class=\"sbs\">");
	}

	@Test
	void agreementInHtmlAndCsv() throws IOException {
		CliHarness csv = runOk("report", "--project", project, "--kind", "agreement", "--format", "csv", "-o", "-");
		String[] lines = csv.out().split("\r\n");
		assertThat(lines[0]).isEqualTo("\uFEFFcode,code_id,units,agreement,kappa,alpha,coders,passages,documents");
		assertThat(lines).anyMatch(l -> l.startsWith("协作,") && l.endsWith(",1.0000,1.0000,1.0000,乙; 甲,1; 1,3"));
		assertThat(lines).anyMatch(l -> l.startsWith("人才,") && l.endsWith(",乙; 甲,0; 1,3"));
		Path out = dir.resolve("agreement.html");
		runOk("report", "--project", project, "--kind", "agreement", "--docs", "v1.txt", "--coders", "甲,乙", "-o",
				out.toString());
		String html = Files.readString(out, StandardCharsets.UTF_8);
		assertThat(html).contains("<table class=\"agreement\">").contains("甲, 乙").contains("<td class=\"num\">1.000</td>");
	}

	@Test
	void wrongComparisonArgumentsAreErrorsAndWriteNothing() {
		Path out = dir.resolve("never.html");
		CliHarness three = CliHarness.run("report", "--project", project, "--kind", "comparison", "--docs",
				"v1.txt,v2.txt,v3.txt", "-o", out.toString());
		assertThat(three.code()).isNotZero();
		assertThat(three.err()).isNotBlank();
		assertThat(CliHarness.run("report", "--project", project, "--kind", "segments", "--base", "v1.txt", "-o",
				out.toString()).code()).isEqualTo(2);
		assertThat(CliHarness.run("report", "--project", project, "--kind", "comparison", "--docs", "v1.txt,v2.txt",
				"--granularity", "page", "-o", out.toString()).code()).isEqualTo(2);
		CliHarness oneCoder = CliHarness.run("report", "--project", project, "--kind", "agreement", "--coders", "甲",
				"-o", out.toString());
		assertThat(oneCoder.code()).isNotZero();
		assertThat(Arrays.asList(out.toFile().getParentFile().list())).doesNotContain("never.html");
	}
}
