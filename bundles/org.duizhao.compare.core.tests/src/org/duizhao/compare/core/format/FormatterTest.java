package org.duizhao.compare.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.TestTexts;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * JSON shape and code point offsets, the text listing and the HTML page.
 */
class FormatterTest {

	// 𠮷 (U+20BB7) is two UTF-16 units but one code point
	private static final String A = "𠮷野家开店。今年很好。";
	private static final String B = "𠮷野家开新店。今年很好。";

	@Test
	void jsonHasTheCliShapeWithCodePointOffsets() {
		CompareResult r = TestTexts.compare(A, B);
		JsonObject o = JsonParser.parseString(new JsonFormatter(false).format(r)).getAsJsonObject();
		assertThat(o.keySet()).containsExactly("similarity", "counts", "hunks");
		assertThat(o.getAsJsonObject("counts").keySet()).containsExactly("inserted", "deleted", "changed", "moved");
		assertThat(o.getAsJsonObject("counts").get("inserted").getAsInt()).isEqualTo(1);
		JsonArray hunks = o.getAsJsonArray("hunks");
		assertThat(hunks).hasSize(1);
		JsonObject h = hunks.get(0).getAsJsonObject();
		assertThat(h.keySet()).containsExactly("type", "a", "b");
		assertThat(h.get("type").getAsString()).isEqualTo("insert");
		// "新" sits after 𠮷野家开: code point 4, though UTF-16 index 5
		assertThat(h.getAsJsonObject("a").get("start").getAsInt()).isEqualTo(4);
		assertThat(h.getAsJsonObject("a").get("end").getAsInt()).isEqualTo(4);
		assertThat(h.getAsJsonObject("b").get("start").getAsInt()).isEqualTo(4);
		assertThat(h.getAsJsonObject("b").get("end").getAsInt()).isEqualTo(5);
		assertThat(r.hunks().get(0).b().start()).isEqualTo(5);
		double similarity = o.get("similarity").getAsDouble();
		assertThat(similarity).isBetween(0.9, 1.0);
	}

	@Test
	void streamedJsonIsTheTreeAsGsonPrintsIt() throws IOException {
		String moved = "这一段文字会被整段移动到后面去。";
		CompareResult r = TestTexts.compare("开头" + moved + "中间不变。甲乙丙。𠮷。", "开头中间不变。甲乙丁。𠮸。" + moved);
		assertThat(r.hunks()).hasSizeGreaterThanOrEqualTo(2);
		Gson pretty = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
		Gson compact = new GsonBuilder().disableHtmlEscaping().create();
		// byte for byte the output of the Gson tree this formatter used to print
		assertThat(new JsonFormatter(true).format(r)).isEqualTo(pretty.toJson(JsonFormatter.toJson(r)));
		assertThat(new JsonFormatter(false).format(r)).isEqualTo(compact.toJson(JsonFormatter.toJson(r)));
		StringWriter w = new StringWriter();
		new JsonFormatter(true).write(r, w);
		assertThat(w.toString()).isEqualTo(pretty.toJson(JsonFormatter.toJson(r))).contains("\n  \"hunks\": [");
	}

	@Test
	void changedSurrogatePairIsOneCodePoint() {
		CompareResult r = TestTexts.compare("好𠮷好。", "好𠮸好。");
		JsonObject h = JsonFormatter.toJson(r).getAsJsonArray("hunks").get(0).getAsJsonObject();
		assertThat(h.get("type").getAsString()).isEqualTo("change");
		assertThat(h.getAsJsonObject("a").get("start").getAsInt()).isEqualTo(1);
		assertThat(h.getAsJsonObject("a").get("end").getAsInt()).isEqualTo(2);
	}

	@Test
	void textListingShowsEachHunk() {
		String text = new TextFormatter().format(TestTexts.compare("甲乙丙。\n丁戊。", "甲乙丁。\n丁戊。"));
		assertThat(text).startsWith("similarity ");
		assertThat(text).contains("@@ change a[2,3) b[2,3) @@\n- 丙\n+ 丁\n");
	}

	@Test
	void htmlIsSelfContainedEscapedAndMarksMoves() {
		String moved = "这一段文字会被整段移动到后面去。";
		String a = "开头<b>&说明。" + moved + "中间的内容保持不变。结尾的句子。";
		String b = "开头<b>&说明。中间的内容保持不变。结尾的句子。" + moved;
		String html = new HtmlFormatter("对照 <test>").format(TestTexts.compare(a, b));
		assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").contains("<style>");
		assertThat(html).contains("&lt;b&gt;&amp;说明").doesNotContain("<b>&");
		assertThat(html).contains("对照 &lt;test&gt;");
		assertThat(html).contains("class=\"move\"").contains(moved);
		assertThat(html).doesNotContain("<script").doesNotContain("http");
	}
}
