package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.text.core.CodePoints;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code duizhao compare}: the JSON of issue 3, formats, output file and exit codes. */
class CompareCommandTest extends WithTempFiles {

	// a character outside the BMP first, so UTF-16 and code point offsets differ
	private static final String A = "𠮷野家发布通知。各地要加强茶产业协作。人才联育是重点。\n";
	private static final String B = "𠮷野家发布通知。各地要深化茶产业协作。人才联育是重点。新增一句话。\n";

	private JsonObject json(CliHarness h) {
		assertThat(h.code()).as(h.err()).isZero();
		return JsonParser.parseString(h.out()).getAsJsonObject();
	}

	@Test
	void jsonHasSimilarityCountsAndHunksInCodePoints() throws IOException {
		Path a = write("a.txt", A);
		Path b = write("b.txt", B);
		JsonObject root = json(CliHarness.run("compare", a.toString(), b.toString()));
		assertThat(root.get("similarity").getAsDouble()).isBetween(0.5, 1.0);
		JsonObject counts = root.getAsJsonObject("counts");
		assertThat(counts.keySet()).containsExactlyInAnyOrder("inserted", "deleted", "changed", "moved");
		JsonArray hunks = root.getAsJsonArray("hunks");
		assertThat(hunks).isNotEmpty();
		for (JsonElement e : hunks) {
			JsonObject h = e.getAsJsonObject();
			assertThat(h.get("type").getAsString()).isIn("insert", "delete", "change", "move");
			assertRange(h.getAsJsonObject("a"), A);
			assertRange(h.getAsJsonObject("b"), B);
		}
		assertThat(text(B, hunks, "b", "insert")).contains("新增一句话");
		assertThat(text(A, hunks, "a", "change") + text(A, hunks, "a", "delete")).contains("加强");
		assertThat(text(B, hunks, "b", "change") + text(B, hunks, "b", "insert")).contains("深化");
	}

	private static void assertRange(JsonObject r, String text) {
		int start = r.get("start").getAsInt();
		int end = r.get("end").getAsInt();
		assertThat(start).isBetween(0, end);
		assertThat(end).isLessThanOrEqualTo(CodePoints.length(text));
	}

	/** @return the text of every hunk of {@code type} on one side, cut by code points */
	private static String text(String text, JsonArray hunks, String side, String type) {
		StringBuilder sb = new StringBuilder();
		for (JsonElement e : hunks) {
			JsonObject h = e.getAsJsonObject();
			if (h.get("type").getAsString().equals(type)) {
				JsonObject r = h.getAsJsonObject(side);
				sb.append(text, CodePoints.toUtf16(text, r.get("start").getAsInt()),
						CodePoints.toUtf16(text, r.get("end").getAsInt()));
			}
		}
		return sb.toString();
	}

	@Test
	void offsetsCountCodePointsNotUtf16Units() throws IOException {
		Path a = write("a.txt", "𠮷𠮷一二三。");
		Path b = write("b.txt", "𠮷𠮷一四三。");
		JsonArray hunks = json(CliHarness.run("compare", a.toString(), b.toString(), "--granularity", "char"))
				.getAsJsonArray("hunks");
		assertThat(hunks).hasSize(1);
		JsonObject h = hunks.get(0).getAsJsonObject();
		assertThat(h.get("type").getAsString()).isEqualTo("change");
		assertThat(h.getAsJsonObject("a").get("start").getAsInt()).isEqualTo(3);
		assertThat(h.getAsJsonObject("a").get("end").getAsInt()).isEqualTo(4);
	}

	@Test
	void equalTextsHaveNoHunks() throws IOException {
		Path a = write("a.txt", A);
		JsonObject root = json(CliHarness.run("compare", a.toString(), a.toString()));
		assertThat(root.getAsJsonArray("hunks")).isEmpty();
		assertThat(root.get("similarity").getAsDouble()).isEqualTo(1.0);
	}

	@Test
	void ignoringScriptMakesTraditionalEqualSimplified() throws IOException {
		Path a = write("a.txt", "发展茶产业，推动乡村振兴。\n");
		Path b = write("b.txt", "發展茶產業，推動鄉村振興。\n");
		assertThat(json(CliHarness.run("compare", a.toString(), b.toString())).getAsJsonArray("hunks")).isNotEmpty();
		assertThat(json(CliHarness.run("compare", a.toString(), b.toString(), "--ignore", "script"))
				.getAsJsonArray("hunks")).isEmpty();
	}

	@Test
	void writesHtmlAndTextAndTheOutputFile() throws IOException {
		Path a = write("a.txt", A);
		Path b = write("b.txt", B);
		Path out = dir.resolve("out.html");
		CliHarness h = CliHarness.run("compare", a.toString(), b.toString(), "--format", "html", "-o", out.toString());
		assertThat(h.code()).as(h.err()).isZero();
		assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("新增一句话");
		CliHarness text = CliHarness.run("compare", a.toString(), b.toString(), "--format", "text",
				"--granularity", "word");
		assertThat(text.code()).as(text.err()).isZero();
		assertThat(text.out()).startsWith("similarity").contains("@@");
	}

	@Test
	void sentenceGranularityWorksOnTheSamples() throws IOException {
		Path samples = org.duizhao.testing.TestData.samplesDir();
		Path a = samples.resolve("01-province-decision.txt");
		Path b = samples.resolve("08-county-notice-gbk.txt");
		for (String g : new String[] { "sentence", "word", "char" }) {
			JsonObject root = json(CliHarness.run("compare", a.toString(), b.toString(), "--granularity", g,
					"--ignore", "script,whitespace,pinyin,width"));
			assertThat(root.getAsJsonArray("hunks")).as(g).isNotEmpty();
			for (JsonElement e : root.getAsJsonArray("hunks")) {
				assertRange(e.getAsJsonObject().getAsJsonObject("a"), CompareTexts.decode(a));
				assertRange(e.getAsJsonObject().getAsJsonObject("b"), CompareTexts.decode(b));
			}
		}
	}

	@Test
	void wrongUsageExitsTwo() throws IOException {
		Path a = write("a.txt", A);
		assertThat(CliHarness.run("compare", a.toString()).code()).isEqualTo(2);
		assertThat(CliHarness.run("compare", a.toString(), a.toString(), "--granularity", "line").code()).isEqualTo(2);
		assertThat(CliHarness.run("compare", a.toString(), a.toString(), "--ignore", "fonts").code()).isEqualTo(2);
		assertThat(CliHarness.run("compare", a.toString(), a.toString(), "--format", "pdf").code()).isEqualTo(2);
		assertThat(CliHarness.run("compare", a.toString(), a.toString(), "--bogus").code()).isEqualTo(2);
	}

	@Test
	void failureExitsOneWithOneLine() throws IOException {
		Path a = write("a.txt", A);
		CliHarness h = CliHarness.run("compare", a.toString(), dir.resolve("missing.txt").toString());
		assertThat(h.code()).isEqualTo(1);
		assertThat(h.err().strip()).contains("no such file").doesNotContain("\n");
		assertThat(h.out()).isEmpty();
	}

	@Test
	void comparesDocumentsOfAProject() throws IOException {
		Path a = write("a.txt", A);
		Path b = write("b.txt", B);
		Path project = dir.resolve("project");
		CliHarness imported = CliHarness.run("import", a.toString(), b.toString(), "--project", project.toString());
		assertThat(imported.code()).as(imported.err()).isZero();
		JsonObject root = json(CliHarness.run("compare", "a.txt", "b.txt", "--project", project.toString()));
		assertThat(root.getAsJsonArray("hunks")).isNotEmpty();
		assertThat(CliHarness.run("compare", "a.txt", "nothing", "--project", project.toString()).code()).isEqualTo(1);
	}
}
