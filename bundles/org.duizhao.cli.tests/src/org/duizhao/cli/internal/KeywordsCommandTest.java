package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code duizhao keywords} on a project imported by the CLI, with regions and years set: the coast
 * writes of 海洋 and 渔业, the steppe of 草原 and 牧业. Text, JSON and CSV; documents, region and
 * year as targets; usage errors.
 */
class KeywordsCommandTest {

	private static final String COAST = "发展海洋经济，保护海洋生态，扶持渔业。海洋渔业要发展。\n"; //$NON-NLS-1$
	private static final String STEPPE = "发展草原牧业，保护草原生态。草原牧业要发展，牧民增收。\n"; //$NON-NLS-1$

	@TempDir
	Path dir;

	private Path project;
	private String steppe2020;

	@BeforeEach
	void setUp() throws IOException {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("fj1.txt", COAST); //$NON-NLS-1$
		texts.put("fj2.txt", COAST.repeat(2)); //$NON-NLS-1$
		texts.put("nm1.txt", STEPPE); //$NON-NLS-1$
		texts.put("nm2.txt", STEPPE.repeat(2) + "牧民牧民牧民。\n"); //$NON-NLS-1$ //$NON-NLS-2$
		project = CliHarness.importTexts(dir, texts);
		Project p = Project.open(project);
		for (Document d : p.documents()) {
			String name = d.current().sourceName();
			String region = name.startsWith("fj") ? "福建省" : "内蒙古自治区"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String date = name.contains("1") ? "2019-01-01" : "2020-06"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			p.updateMetadata(d.id(), d.metadata().withDate(date).withRegion(region));
			if (name.equals("nm2.txt")) { //$NON-NLS-1$
				steppe2020 = d.id();
			}
		}
	}

	@Test
	void regionAsTextListsItsOwnWordsWithCountsAndG2() {
		CliHarness h = CliHarness.run("keywords", "--project", project.toString(), "--region", "福建省", "--min-count", "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertThat(h.code()).as(h.err()).isZero();
		List<String> lines = h.out().lines().toList();
		assertThat(lines.get(0)).contains(" 2 ", " 2 "); // two documents against the other two //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(lines.subList(2, lines.size())).anyMatch(l -> l.startsWith("海洋\t9\t0\t")) //$NON-NLS-1$
				.anyMatch(l -> l.startsWith("渔业\t6\t0\t")) //$NON-NLS-1$
				.noneMatch(l -> l.startsWith("草原") || l.startsWith("发展")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void documentsAsJsonAndYearAsCsv() throws IOException {
		CliHarness h = CliHarness.run("keywords", "--project", project.toString(), "--docs", "nm2.txt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"--format", "json", "--limit", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(h.code()).as(h.err()).isZero();
		JsonObject root = JsonParser.parseString(h.out()).getAsJsonObject();
		assertThat(root.getAsJsonObject("target").getAsJsonArray("documents").get(0).getAsJsonObject().get("id") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.getAsString()).isEqualTo(steppe2020);
		assertThat(root.get("restDocuments").getAsInt()).isEqualTo(3); //$NON-NLS-1$
		JsonArray words = root.getAsJsonArray("words"); //$NON-NLS-1$
		assertThat(words).hasSize(1);
		assertThat(words.get(0).getAsJsonObject().get("word").getAsString()).isEqualTo("牧民"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(words.get(0).getAsJsonObject().get("countTarget").getAsInt()).isEqualTo(5); //$NON-NLS-1$

		Path csv = dir.resolve("k.csv"); //$NON-NLS-1$
		CliHarness y = CliHarness.run("keywords", "--project", project.toString(), "--year", "2019", "--min-count", "1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"--format", "csv", "-o", csv.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(y.code()).as(y.err()).isZero();
		String written = Files.readString(csv, StandardCharsets.UTF_8);
		assertThat(written).startsWith("\uFEFFword,count_target,count_rest,per_million_target,per_million_rest,g2\r\n") //$NON-NLS-1$
				.endsWith("\r\n"); //$NON-NLS-1$
	}

	@Test
	void usageErrorsAreOneLine() {
		CliHarness none = CliHarness.run("keywords", "--project", project.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(none.code()).isNotZero();
		assertThat(none.err()).contains("--docs"); //$NON-NLS-1$
		CliHarness two = CliHarness.run("keywords", "--project", project.toString(), "--region", "福建省", "--year", "2019"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertThat(two.code()).isNotZero();
		CliHarness empty = CliHarness.run("keywords", "--project", project.toString(), "--region", "西藏自治区"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(empty.code()).isNotZero();
		assertThat(empty.err().strip().lines()).hasSize(1);
		CliHarness format = CliHarness.run("keywords", "--project", project.toString(), "--year", "2019", "--format", "html"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertThat(format.code()).isNotZero();
		CliHarness count = CliHarness.run("keywords", "--project", project.toString(), "--year", "2019", "--min-count", "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertThat(count.code()).isNotZero();
		assertThat(count.err()).contains("--min-count"); //$NON-NLS-1$
	}
}
