package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code duizhao search}: concordance lines of a project as JSON and text, with filters. */
class SearchCommandTest {

	private static final String FUJIAN = "福建省扶贫协作\n2018年5月1日\n𠮷日召开会议，要打赢脱贫攻坚战，打赢脱贫攻坚战是大事。\n";
	private static final String TAIWAN = "關於脫貧的報告\n2020年3月\n各地繼續打贏脫貧攻堅戰。\n";

	@TempDir
	Path dir;
	private Path project;

	@BeforeEach
	void importTwo() throws IOException {
		project = CliHarness.importTexts(dir, Map.of("fujian.txt", FUJIAN, "report.txt", TAIWAN));
	}

	@Test
	void jsonHasOneHitPerOccurrenceWithOriginalTextAndCodePointOffsets() {
		CliHarness h = CliHarness.run("search", "--project", project.toString(), "脱贫攻坚战");
		assertThat(h.code()).as(h.err()).isZero();
		JsonObject root = JsonParser.parseString(h.out()).getAsJsonObject();
		assertThat(root.get("total").getAsInt()).isEqualTo(3);
		JsonArray hits = root.getAsJsonArray("hits");
		assertThat(hits).hasSize(3);
		JsonObject first = null;
		for (var e : hits) {
			JsonObject o = e.getAsJsonObject();
			assertThat(o.keySet()).contains("document", "title", "start", "end", "left", "match", "right");
			String text = o.get("title").getAsString().startsWith("福建") ? FUJIAN : TAIWAN;
			int s = text.offsetByCodePoints(0, o.get("start").getAsInt());
			int end = text.offsetByCodePoints(0, o.get("end").getAsInt());
			assertThat(text.substring(s, end)).isEqualTo(o.get("match").getAsString());
			if (first == null && text == FUJIAN) {
				first = o;
			}
		}
		assertThat(hits.toString()).contains("\"match\":\"脫貧攻堅戰\"");
		assertThat(first.get("start").getAsInt()).isEqualTo(FUJIAN.codePointCount(0, FUJIAN.indexOf("脱贫攻坚战")));
		assertThat(first.get("left").getAsString()).endsWith("会议，要打赢");
	}

	@Test
	void filtersAndLimitAndTextFormat() {
		CliHarness fujian = CliHarness.run("search", "--project", project.toString(), "脱贫攻坚战", "--region", "福建省",
				"--limit", "1");
		assertThat(fujian.code()).as(fujian.err()).isZero();
		JsonObject root = JsonParser.parseString(fujian.out()).getAsJsonObject();
		assertThat(root.get("total").getAsInt()).isEqualTo(2);
		assertThat(root.getAsJsonArray("hits")).hasSize(1);

		CliHarness year = CliHarness.run("search", "--project", project.toString(), "脱贫攻坚战", "--year", "2020",
				"--format", "text");
		assertThat(year.code()).as(year.err()).isZero();
		assertThat(year.out()).startsWith("1 occurrences in 1 documents").contains("[脫貧攻堅戰]");
	}

	@Test
	void badArgumentsAndQueriesFailWithAReason() {
		assertThat(CliHarness.run("search", "--project", project.toString()).code()).isNotZero();
		assertThat(CliHarness.run("search", "--project", project.toString(), "x", "--year", "soon").code()).isNotZero();
		CliHarness unclosed = CliHarness.run("search", "--project", project.toString(), "(脱贫");
		assertThat(unclosed.code()).isNotZero();
		assertThat(unclosed.err()).contains("parenthesis");
	}
}
