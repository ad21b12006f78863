package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.CodeTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code duizhao annotate} and {@code duizhao codes} on a real project with a real annotations.db. */
class AnnotateCommandTest {

	// 𠮷 first, so code point and UTF-16 offsets differ; 茶产业协作 is at code points 10..15
	private static final String TEXT = "𠮷野家发布通知。各地要加强茶产业协作。人才联育是重点。\n";

	@TempDir
	Path dir;
	Path project;

	@BeforeEach
	void importOne() throws IOException {
		Path file = dir.resolve("notice.txt");
		Files.writeString(file, TEXT, StandardCharsets.UTF_8);
		project = dir.resolve("p");
		CliHarness h = CliHarness.run("import", file.toString(), "--project", project.toString());
		assertThat(h.code()).as(h.err()).isZero();
	}

	@Test
	void annotatePrintsTheIdAndStoresPositionQuoteCodesAndCoder() throws IOException {
		CliHarness h = CliHarness.run("annotate", "notice.txt", "13", "18", "--project", project.toString(), "--code",
				"产业/协作,重点词", "--coder", "李研究员", "--memo", "闽宁𠮷协作");
		assertThat(h.code()).as(h.err()).isZero();
		String id = h.out().trim();
		assertThat(h.err()).contains("产业").contains("产业/协作").contains("重点词");
		try (AnnotationStore store = AnnotationStores.open(project)) {
			Annotation a = store.annotation(id).orElseThrow();
			assertThat(a.start()).isEqualTo(13);
			assertThat(a.end()).isEqualTo(18);
			assertThat(a.quote().exact()).isEqualTo("茶产业协作");
			assertThat(a.quote().prefix()).endsWith("加强");
			assertThat(a.coder()).isEqualTo("李研究员");
			assertThat(a.memo()).isEqualTo("闽宁𠮷协作");
			CodeTree tree = new CodeTree(store.codes());
			assertThat(a.codeIds()).extracting(tree::path).containsExactly("产业/协作", "重点词");
		}
		// a second annotation reuses the existing codes
		CliHarness again = CliHarness.run("annotate", "notice.txt", "0", "1", "--project", project.toString(), "--code",
				"重点词");
		assertThat(again.code()).as(again.err()).isZero();
		assertThat(again.err()).isEmpty();
		try (AnnotationStore store = AnnotationStores.open(project)) {
			assertThat(store.codes()).hasSize(3);
			List<Annotation> all = store.annotations(AnnotationQuery.all());
			assertThat(all).hasSize(2);
			assertThat(all.get(0).quote().exact()).isEqualTo("𠮷");
			assertThat(all.get(0).coder()).isEqualTo(AnnotationStores.defaultCoder());
		}
	}

	@Test
	void codesPrintsTheTreeWithOwnAndTotalCounts() {
		CliHarness.run("annotate", "notice.txt", "13", "18", "--project", project.toString(), "--code", "产业/协作");
		CliHarness.run("annotate", "notice.txt", "10", "18", "--project", project.toString(), "--code", "产业");
		CliHarness.run("annotate", "notice.txt", "19", "23", "--project", project.toString(), "--code", "人才");
		CliHarness text = CliHarness.run("codes", "--project", project.toString());
		assertThat(text.code()).as(text.err()).isZero();
		assertThat(text.out()).contains("产业  1 / 2").contains("  协作  1 / 1").contains("人才  1 / 1");
		CliHarness json = CliHarness.run("codes", "--project", project.toString(), "--format", "json");
		assertThat(json.code()).as(json.err()).isZero();
		JsonArray roots = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("codes");
		JsonObject industry = roots.asList().stream().map(e -> e.getAsJsonObject())
				.filter(o -> o.get("name").getAsString().equals("产业")).findFirst().orElseThrow();
		assertThat(industry.get("count").getAsInt()).isEqualTo(1);
		assertThat(industry.get("total").getAsInt()).isEqualTo(2);
		assertThat(industry.getAsJsonArray("children").get(0).getAsJsonObject().get("path").getAsString())
				.isEqualTo("产业/协作");
	}

	@Test
	void wrongArgumentsAreUsageErrorsAndBadRangesFailures() {
		String p = project.toString();
		assertThat(CliHarness.run("annotate", "notice.txt", "1", "2", "--project", p).code()).isEqualTo(2);
		assertThat(CliHarness.run("annotate", "notice.txt", "x", "2", "--project", p, "--code", "c").code()).isEqualTo(2);
		assertThat(CliHarness.run("annotate", "notice.txt", "-1", "2", "--project", p, "--code", "c").code()).isEqualTo(2);
		assertThat(CliHarness.run("annotate", "notice.txt", "1", "--project", p, "--code", "c").code()).isEqualTo(2);
		assertThat(CliHarness.run("annotate", "notice.txt", "1", "2", "--code", "c").code()).isEqualTo(2);
		CliHarness range = CliHarness.run("annotate", "notice.txt", "5", "999", "--project", p, "--code", "c");
		assertThat(range.code()).isEqualTo(1);
		assertThat(range.err()).contains("5..999").contains("28");
		CliHarness reversed = CliHarness.run("annotate", "notice.txt", "9", "3", "--project", p, "--code", "c");
		assertThat(reversed.code()).isEqualTo(1);
		CliHarness noDoc = CliHarness.run("annotate", "nothing-like-this", "1", "2", "--project", p, "--code", "c");
		assertThat(noDoc.code()).isEqualTo(1);
		assertThat(noDoc.err()).contains("nothing-like-this");
		CliHarness noProject = CliHarness.run("codes", "--project", dir.resolve("none").toString());
		assertThat(noProject.code()).isEqualTo(1);
		assertThat(CliHarness.run("codes", "--project", p, "--format", "xml").code()).isEqualTo(2);
		// nothing was written by the failed calls
		try (AnnotationStore store = AnnotationStores.open(project)) {
			assertThat(store.annotations(AnnotationQuery.all())).isEmpty();
			assertThat(store.codes()).isEmpty();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
