package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * {@code duizhao diffusion} and {@code duizhao reuse} on a project imported by the CLI, with dates
 * and regions set: JSON and CSV, groupings, folding, offsets in code points, usage errors.
 */
class DiffusionCommandTest {

	private static final String SHARED = "坚持以人民为中心的发展思想，把增进民生福祉作为发展的根本目的，确保全面建成小康社会取得决定性成就。"; //$NON-NLS-1$

	@TempDir
	Path dir;

	private Path project;
	private String fujian;

	@BeforeEach
	void setUp() throws IOException {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("fj.txt", "𠮷省委决定：实现两不愁三保障。\n" + SHARED + "\n今年全省新建农村公路一千二百公里。\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		texts.put("gs.txt", "各縣要實現兩不愁三保障。\n" + SHARED + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		texts.put("gz.txt", "春天来了，公园里的花都开了，孩子们在草地上放风筝，老人们在树下下棋聊天。\n"); //$NON-NLS-1$ //$NON-NLS-2$
		project = CliHarness.importTexts(dir, texts);
		Project p = Project.open(project);
		for (Document d : p.documents()) {
			String name = d.current().sourceName();
			String[] meta = name.startsWith("fj") ? new String[] { "2016-03-01", "福建省" } //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					: name.startsWith("gs") ? new String[] { "2017-05-02", "甘肃省" } : new String[] { "2019", "贵州省" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			p.updateMetadata(d.id(), d.metadata().withDate(meta[0]).withRegion(meta[1]));
			if (name.startsWith("fj")) { //$NON-NLS-1$
				fujian = d.id();
			}
		}
	}

	@Test
	void diffusionJsonByRegionAndYearFoldsScriptsWithCodePointOffsets() {
		CliHarness h = CliHarness.run("diffusion", "--project", project.toString(), "兩不愁三保障"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(h.code()).as(h.err()).isZero();
		JsonObject phrase = JsonParser.parseString(h.out()).getAsJsonObject().getAsJsonArray("phrases").get(0) //$NON-NLS-1$
				.getAsJsonObject();
		assertThat(phrase.get("documents").getAsInt()).isEqualTo(2); //$NON-NLS-1$
		JsonArray table = phrase.getAsJsonArray("table"); //$NON-NLS-1$
		assertThat(table.toString()).contains("{\"region\":\"福建省\",\"year\":\"2016\",\"documents\":1,\"occurrences\":1}") //$NON-NLS-1$
				.contains("{\"region\":\"甘肃省\",\"year\":\"2017\",\"documents\":1,\"occurrences\":1}"); //$NON-NLS-1$
		JsonObject hit = phrase.getAsJsonArray("hits").get(0).getAsJsonObject(); //$NON-NLS-1$
		assertThat(hit.get("document").getAsString()).isEqualTo(fujian); //$NON-NLS-1$
		assertThat(hit.get("start").getAsInt()).isEqualTo(8); //$NON-NLS-1$
		assertThat(hit.get("end").getAsInt()).isEqualTo(14); //$NON-NLS-1$
		assertThat(phrase.getAsJsonArray("first").toString()).contains("\"region\":\"福建省\",\"date\":\"2016-03-01\""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void diffusionCsvByYear() {
		CliHarness h = CliHarness.run("diffusion", "--project", project.toString(), "两不愁三保障", "小康社会", "--by", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"year", "--format", "csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(h.code()).as(h.err()).isZero();
		List<String> lines = h.out().lines().toList();
		assertThat(lines).containsExactly("\uFEFFphrase,year,documents,occurrences", "两不愁三保障,2016,1,1", //$NON-NLS-1$ //$NON-NLS-2$
				"两不愁三保障,2017,1,1", "小康社会,2016,1,1", "小康社会,2017,1,1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void reuseFindsTheSharedPassageAcrossScriptsAsJsonAndCsv() {
		CliHarness h = CliHarness.run("reuse", "--project", project.toString(), "--threshold", "0.1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(h.code()).as(h.err()).isZero();
		JsonObject root = JsonParser.parseString(h.out()).getAsJsonObject();
		assertThat(root.get("documents").getAsInt()).isEqualTo(3); //$NON-NLS-1$
		JsonArray pairs = root.getAsJsonArray("pairs"); //$NON-NLS-1$
		assertThat(pairs).hasSize(1);
		JsonObject pair = pairs.get(0).getAsJsonObject();
		assertThat(pair.toString()).contains("福建省", "甘肃省").doesNotContain("贵州省"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(pair.get("shared").getAsInt()).isGreaterThanOrEqualTo(40); //$NON-NLS-1$
		CliHarness csv = CliHarness.run("reuse", "--project", project.toString(), "--threshold", "0.1", "--format", "csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertThat(csv.code()).as(csv.err()).isZero();
		List<String> lines = csv.out().lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).isEqualTo(
				"\uFEFFa,a_title,a_source,a_region,a_date,b,b_title,b_source,b_region,b_date,resemblance,shared,coverage,passages,estimated_containment"); //$NON-NLS-1$
		assertThat(lines.get(1)).contains(",福建省,2016-03-01,", ",甘肃省,2017-05-02,"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void wrongArgumentsAreUsageErrors() {
		String p = project.toString();
		assertThat(CliHarness.run("diffusion", "--project", p).code()).isEqualTo(2); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(CliHarness.run("diffusion", "--project", p, "x", "--by", "province").code()).isEqualTo(2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertThat(CliHarness.run("diffusion", "--project", p, "x", "--format", "xml").code()).isEqualTo(2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertThat(CliHarness.run("diffusion", "x").code()).isEqualTo(2); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(CliHarness.run("reuse", "--project", p, "--threshold", "0").code()).isEqualTo(2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(CliHarness.run("reuse", "--project", p, "extra").code()).isEqualTo(2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(CliHarness.run("reuse", "--project", dir.resolve("none").toString()).code()).isEqualTo(1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
