package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code duizhao related}: formulas, passages and distinctive words as JSON and text. */
class RelatedCommandTest extends WithTempFiles {

	private static final String PASSAGE = "坚持精准扶贫精准脱贫基本方略，集中力量攻克贫困的难中之难、坚中之坚，确保高质量完成脱贫攻坚目标任务。";
	private static final String A = "𠮷省委决定：要久久为功，推动产业协作。\n" + PASSAGE + "\n产业扶贫是重点，产业协作要深化。\n";
	private static final String B = "他說：必須久久為功。\n" + PASSAGE.replace("精准", "精準").replace("贫困", "貧困")
			+ "\n教育扶贫是根本，教育资源要共享，教育帮扶要加强。\n";

	private static String at(String text, JsonObject span) {
		int s = text.offsetByCodePoints(0, span.get("start").getAsInt());
		return text.substring(s, text.offsetByCodePoints(0, span.get("end").getAsInt()));
	}

	@Test
	void jsonGivesPhrasesPassagesAndDistinctiveWordsInCodePoints() throws IOException {
		CliHarness h = CliHarness.run("related", write("a.txt", A).toString(), write("b.txt", B).toString());
		assertThat(h.code()).as(h.err()).isZero();
		JsonObject root = JsonParser.parseString(h.out()).getAsJsonObject();
		JsonArray phrases = root.getAsJsonArray("phrases");
		JsonObject jiujiu = null;
		for (JsonElement e : phrases) {
			if (e.getAsJsonObject().get("text").getAsString().equals("久久为功")) {
				jiujiu = e.getAsJsonObject();
			}
		}
		assertThat(jiujiu).as(h.out()).isNotNull();
		assertThat(at(A, jiujiu.getAsJsonArray("a").get(0).getAsJsonObject())).isEqualTo("久久为功");
		assertThat(at(B, jiujiu.getAsJsonArray("b").get(0).getAsJsonObject())).isEqualTo("久久為功");
		assertThat(jiujiu.get("documents").getAsInt()).isEqualTo(2);
		JsonArray passages = root.getAsJsonArray("passages");
		assertThat(passages).hasSize(1);
		JsonObject p = passages.get(0).getAsJsonObject();
		assertThat(at(A, p.getAsJsonObject("a"))).startsWith("坚持精准扶贫");
		assertThat(at(B, p.getAsJsonObject("b"))).startsWith("坚持精準扶贫");
		assertThat(p.get("score").getAsDouble()).isEqualTo(1.0);
		JsonObject distinctive = root.getAsJsonObject("distinctive");
		assertThat(distinctive.getAsJsonArray("b").toString()).contains("\"word\":\"教育\"").contains("countA", "g2");
	}

	@Test
	void htmlIsOnePageWithFormulasPassagesAndWordsAndMarkupStaysText() throws IOException {
		String hostile = "<script>alert(1)</script>";
		String a = A.replace("集中力量", "集中" + hostile + "力量");
		Path out = dir.resolve("related.html");
		CliHarness h = CliHarness.run("related", write("a<i>.txt", a).toString(), write("b.txt", B).toString(), "--format",
				"html", "-o", out.toString());
		assertThat(h.code()).as(h.err()).isZero();
		String written = Files.readString(out, StandardCharsets.UTF_8);
		assertThat(written).startsWith("<!DOCTYPE html>").doesNotContain(hostile).contains("&lt;script&gt;")
				.contains("default-src 'none'");
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(written);
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("i")).isEmpty();
		assertThat(page.title()).contains("a<i>.txt", "b.txt");
		assertThat(page.select("h2")).hasSize(4);
		org.jsoup.select.Elements tables = page.select("table");
		assertThat(tables.get(0).text()).contains("久久为功");
		org.jsoup.select.Elements texts = tables.get(1).select("td.text");
		assertThat(texts).hasSize(2);
		assertThat(texts.get(0).text()).startsWith("坚持精准扶贫").contains(hostile);
		assertThat(texts.get(1).text()).startsWith("坚持精準扶贫");
		assertThat(tables.get(1).select("td.note").text()).contains("1.00");
		assertThat(page.select("h2").get(3).nextElementSibling().text()).contains("教育");
	}

	@Test
	void textFormatAndProjectRanking() throws IOException {
		write("a.txt", A);
		write("b.txt", B);
		write("c.txt", "另一篇文档也要久久为功。");
		Path project = dir.resolve("p");
		CliHarness imported = CliHarness.run("import", dir.toString(), "--project", project.toString());
		assertThat(imported.code()).as(imported.err()).isZero();
		CliHarness h = CliHarness.run("related", "a.txt", "b.txt", "--project", project.toString(), "--format", "text");
		assertThat(h.code()).as(h.err()).isZero();
		assertThat(h.out()).contains("久久为功  (A 1, B 1, in 3 documents)").contains("Parallel passages: 1");
	}

	@Test
	void wrongArgumentsAreUsageErrors() throws IOException {
		Path a = write("a.txt", A);
		assertThat(CliHarness.run("related", a.toString()).code()).isEqualTo(2);
		assertThat(CliHarness.run("related", a.toString(), a.toString(), "--format", "csv").code()).isEqualTo(2);
		assertThat(CliHarness.run("related", a.toString(), a.toString(), "--min-length", "1").code()).isEqualTo(2);
		assertThat(CliHarness.run("related", a.toString(), dir.resolve("none.txt").toString()).code()).isEqualTo(1);
	}
}
