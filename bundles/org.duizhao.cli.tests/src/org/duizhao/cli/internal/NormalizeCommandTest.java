package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.text.core.CodePoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code duizhao normalize}: the clean copy, its folds in code points, reasons and exit codes. */
class NormalizeCommandTest {

	// a character outside the BMP first, so UTF-16 and code point offsets differ; a look-alike
	// (苐 for 第), a pinyin gloss, a full-width digit and traditional characters
	private static final String TEXT = "𠮷召開苐三次會議，堅(jiān)持推進。\n發展壮夶１０年\n";

	@TempDir
	Path dir;

	private Path write(String text) throws IOException {
		Path p = dir.resolve("doc.txt");
		Files.writeString(p, text, StandardCharsets.UTF_8);
		return p;
	}

	@Test
	void textIsTheCleanCopyWithTheDefaults() throws IOException {
		CliHarness h = CliHarness.run("normalize", write(TEXT).toString());
		assertThat(h.code()).as(h.err()).isZero();
		assertThat(h.out()).isEqualTo("𠮷召開第三次會議，堅持推進。\n發展壮大１０年\n");
	}

	@Test
	void scriptFoldsWhenAsked() throws IOException {
		CliHarness h = CliHarness.run("normalize", write(TEXT).toString(), "--ignore", "script,variants,pinyin");
		assertThat(h.code()).as(h.err()).isZero();
		assertThat(h.out()).startsWith("𠮷召开第三次会议，坚持推进。");
	}

	@Test
	void jsonFoldsAreInCodePointsOfTheOriginal() throws IOException {
		CliHarness h = CliHarness.run("normalize", write(TEXT).toString(), "--format", "json", "--ignore",
				"width,pinyin,variants,script");
		assertThat(h.code()).as(h.err()).isZero();
		JsonObject root = JsonParser.parseString(h.out()).getAsJsonObject();
		assertThat(root.get("text").getAsString()).startsWith("𠮷召开第三次会议");
		JsonArray folds = root.getAsJsonArray("folds");
		assertThat(folds).isNotEmpty();
		int length = CodePoints.length(TEXT);
		for (JsonElement e : folds) {
			JsonObject f = e.getAsJsonObject();
			int start = f.get("start").getAsInt();
			int end = f.get("end").getAsInt();
			assertThat(start).isBetween(0, end);
			assertThat(end).isLessThanOrEqualTo(length);
			String original = TEXT.substring(CodePoints.toUtf16(TEXT, start), CodePoints.toUtf16(TEXT, end));
			assertThat(f.get("original").getAsString()).isEqualTo(original);
			assertThat(f.get("reason").getAsString()).isIn("width", "whitespace", "punctuation", "gloss", "script",
					"variant", "lookalike", "boilerplate", "damage");
		}
		assertThat(fold(folds, "苐")).satisfies(f -> {
			assertThat(f.get("start").getAsInt()).isEqualTo(3); // 𠮷 is one code point
			assertThat(f.get("folded").getAsString()).isEqualTo("第");
			assertThat(f.get("reason").getAsString()).isEqualTo("lookalike");
		});
		assertThat(fold(folds, "(jiān)").get("reason").getAsString()).isEqualTo("gloss");
		assertThat(fold(folds, "(jiān)").get("folded").getAsString()).isEmpty();
		assertThat(fold(folds, "夶").get("folded").getAsString()).isEqualTo("大");
		assertThat(fold(folds, "開").get("reason").getAsString()).isEqualTo("script");
		assertThat(fold(folds, "１").get("reason").getAsString()).isEqualTo("width");
	}

	private static JsonObject fold(JsonArray folds, String original) {
		for (JsonElement e : folds) {
			if (e.getAsJsonObject().get("original").getAsString().equals(original)) {
				return e.getAsJsonObject();
			}
		}
		throw new AssertionError("no fold of " + original + " in " + folds);
	}

	@Test
	void noneIgnoresNothing() throws IOException {
		CliHarness h = CliHarness.run("normalize", write(TEXT).toString(), "--ignore", "none");
		assertThat(h.code()).as(h.err()).isZero();
		assertThat(h.out()).isEqualTo(TEXT);
	}

	@Test
	void wrongUsageExitsTwo() throws IOException {
		Path file = write(TEXT);
		assertThat(CliHarness.run("normalize").code()).isEqualTo(2);
		assertThat(CliHarness.run("normalize", file.toString(), "--format", "html").code()).isEqualTo(2);
		CliHarness bad = CliHarness.run("normalize", file.toString(), "--ignore", "colour");
		assertThat(bad.code()).isEqualTo(2);
		assertThat(bad.err()).contains("colour");
	}

	@Test
	void missingFileExitsOne() {
		CliHarness h = CliHarness.run("normalize", dir.resolve("absent.txt").toString());
		assertThat(h.code()).isEqualTo(1);
		assertThat(h.err().lines().count()).isEqualTo(1);
	}

	@Test
	void helpListsTheCommand() {
		assertThat(CliHarness.run("--help").out()).contains("normalize <");
	}
}
