package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code duizhao version}: a corrected file becomes a document's new version; annotations follow. */
class VersionCommandTest {

	private static final String TEXT = "𠮷关于推进协作的通知\n各地要把产业扶贫作为稳定脱贫的根本之策，因地制宜发展特色产业。\n"
			+ "东西部协作双方要加强人才交流，选派干部到对口地区挂职锻炼。\n要建立健全防止返贫监测和帮扶机制，对脱贫不稳定户及时纳入帮扶。\n";

	@TempDir
	Path dir;

	@Test
	void newVersionPrintsTheCountsAndMovesTheAnnotations() throws IOException {
		AnnotatedProject p = AnnotatedProject.create(dir, "notice.txt", TEXT);
		Annotation exact;
		Annotation fuzzy;
		Annotation gone;
		try (AnnotationStore store = p.store()) {
			Code code = p.code(store, null, "扶贫");
			int[] a = AnnotatedProject.span(TEXT, "因地制宜发展特色产业");
			int[] b = AnnotatedProject.span(TEXT, "选派干部到对口地区挂职锻炼");
			int[] c = AnnotatedProject.span(TEXT, "对脱贫不稳定户及时纳入帮扶");
			exact = p.annotate(store, "甲", a[0], a[1], code);
			fuzzy = p.annotate(store, "甲", b[0], b[1], code);
			gone = p.annotate(store, "乙", c[0], c[1], code);
		}
		String corrected = "前言。" + TEXT.replace("对口地区", "协作地区").replace("对脱贫不稳定户及时纳入帮扶", "");
		Path file = dir.resolve("notice-2.txt");
		Files.writeString(file, corrected, StandardCharsets.UTF_8);
		CliHarness h = CliHarness.run("version", "--project", p.folder.toString(), "notice.txt", file.toString());
		assertThat(h.code()).as(h.err()).isZero();
		JsonObject json = JsonParser.parseString(h.out()).getAsJsonObject();
		assertThat(json.get("document").getAsString()).isEqualTo(p.document.id());
		assertThat(json.get("version").getAsInt()).isEqualTo(2);
		assertThat(json.get("exact").getAsInt()).isEqualTo(1);
		assertThat(json.get("quote").getAsInt()).isZero();
		assertThat(json.get("fuzzy").getAsInt()).isEqualTo(1);
		assertThat(json.get("unanchored").getAsInt()).isEqualTo(1);
		try (AnnotationStore store = p.store()) {
			Annotation e = store.annotation(exact.id()).orElseThrow();
			assertThat(e.version()).isEqualTo(2);
			assertThat(e.start()).isEqualTo(exact.start() + 3);
			assertThat(store.annotation(fuzzy.id()).orElseThrow().quote().exact()).isEqualTo("选派干部到协作地区挂职锻炼");
			assertThat(store.annotation(gone.id()).orElseThrow().anchoring()).isEqualTo(Anchoring.UNANCHORED);
		}
	}

	@Test
	void wrongUsageAndFailuresExitAsTheOtherCommands() throws IOException {
		AnnotatedProject p = AnnotatedProject.create(dir, "notice.txt", TEXT);
		String project = p.folder.toString();
		assertThat(CliHarness.run("version", "notice.txt", "x.txt").code()).isEqualTo(2);
		assertThat(CliHarness.run("version", "--project", project, "notice.txt").code()).isEqualTo(2);
		CliHarness missing = CliHarness.run("version", "--project", project, "notice.txt", dir.resolve("no.txt").toString());
		assertThat(missing.code()).isEqualTo(1);
		assertThat(missing.err()).startsWith("duizhao version: ").contains("no.txt");
		CliHarness unknown = CliHarness.run("version", "--project", project, "没有这篇", dir.resolve("no.txt").toString());
		assertThat(unknown.code()).isEqualTo(1);
		CliHarness noProject = CliHarness.run("version", "--project", dir.toString(), "a", "b");
		assertThat(noProject.code()).isEqualTo(1);
	}
}
