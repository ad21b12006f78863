package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duizhao.cli.internal.CliHarness.runOk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duizhao report} on a real project, coded through {@code duizhao annotate}. */
class ReportCommandTest {

	// written for this test; 𠮷 first so that code point and UTF-16 offsets differ
	private static final String A = "𠮷野家发布通知。各地要加强茶产业协作。人才联育是重点。\n";
	private static final String B = "另一份方案。推进茶产业发展。\n";

	@TempDir
	Path dir;
	String project;

	@BeforeEach
	void importAndCode() throws IOException {
		project = CliHarness.importTexts(dir, Map.of("notice.txt", A, "plan.txt", B)).toString();
		runOk("annotate", "notice.txt", "13", "18", "--project", project, "--code", "产业/协作", "--coder", "甲",
				"--memo", "<script>alert(1)</script>");
		runOk("annotate", "notice.txt", "10", "16", "--project", project, "--code", "产业", "--coder", "乙");
		runOk("annotate", "notice.txt", "19", "23", "--project", project, "--code", "人才", "--coder", "甲");
	}

	@Test
	void documentReportInHtmlCoversEveryDocumentWithoutDocs() throws IOException {
		Path out = dir.resolve("doc.html");
		CliHarness h = runOk("report", "--project", project, "--kind", "document", "--format", "html", "-o",
				out.toString());
		assertThat(h.err()).contains(out.toString());
		String html = Files.readString(out, StandardCharsets.UTF_8);
		assertThat(html).contains("<!DOCTYPE html>").contains("𠮷野家发布通知。各地<mark").contains("另一份方案")
				.contains("class=\"ov\"").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.doesNotContain("<script");
		try (var files = Files.list(dir)) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
		}
	}

	@Test
	void segmentsAsCsvWithChoiceOfDocumentsCodesAndCoders() throws IOException {
		Path out = dir.resolve("seg.csv");
		runOk("report", "--project", project, "--kind", "segments", "--format", "csv", "--docs", "notice.txt",
				"--codes", "产业", "--coders", "甲,乙", "-o", out.toString());
		byte[] bytes = Files.readAllBytes(out);
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).startsWith("document,document_id,version,start,end,quote,codes,coder,memo");
		assertThat(lines[1]).contains(",10,16,要加强茶产业,产业,乙,");
		assertThat(lines[2]).contains(",13,18,茶产业协作,产业/协作,甲,<script>alert(1)</script>,");

		CliHarness onlyJia = runOk("report", "--project", project, "--kind", "segments", "--format", "csv",
				"--coders", "甲", "-o", "-");
		assertThat(onlyJia.out().split("\r\n")).hasSize(3);
		assertThat(onlyJia.out()).contains("人才联育").doesNotContain("要加强茶产业,");
	}

	@Test
	void segmentsInHtmlAreGroupedByCode() throws IOException {
		Path out = dir.resolve("seg.html");
		runOk("report", "--project", project, "--kind", "segments", "-o", out.toString());
		String html = Files.readString(out, StandardCharsets.UTF_8);
		assertThat(html.indexOf("产业 (1)")).isPositive().isLessThan(html.indexOf("产业/协作 (1)"));
		assertThat(html.indexOf("产业/协作 (1)")).isLessThan(html.indexOf("人才 (1)"));
	}

	@Test
	void wrongArgumentsAreUsageErrorsAndWriteNothing() {
		Path out = dir.resolve("never.html");
		try (NarrowFormat narrow = NarrowFormat.register()) {
			CliHarness cannot = CliHarness.run("report", "--project", project, "--kind", "document", "--format",
					NarrowFormat.ID, "-o", out.toString());
			assertThat(cannot.code()).isEqualTo(2);
			assertThat(cannot.err()).contains(NarrowFormat.ID).contains("html").contains("csv").contains("tei");
		}
		assertThat(CliHarness.run("report", "--project", project, "--kind", "table", "-o", out.toString()).code())
				.isEqualTo(2);
		assertThat(CliHarness.run("report", "--project", project, "--kind", "document").code()).isEqualTo(2);
		assertThat(CliHarness.run("report", "--project", project, "--format", "pdf", "-o", out.toString()).code())
				.isEqualTo(2);
		CliHarness unknown = CliHarness.run("report", "--project", project, "--kind", "segments", "--codes", "没有",
				"-o", out.toString());
		assertThat(unknown.code()).isNotZero();
		assertThat(unknown.err()).contains("没有");
		assertThat(out).doesNotExist();
	}
}
