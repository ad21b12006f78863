package org.duizhao.annotations.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New versions of a real project document with annotations in the real SQLite store. */
class DocumentVersioningTest {

	private static final String TEXT = "关于推进东西部协作的通知\n" + "各地要把产业扶贫作为稳定脱贫的根本之策，因地制宜发展特色产业。\n"
			+ "东西部协作双方要加强人才交流，选派干部到对口地区挂职锻炼。\n" + "要建立健全防止返贫监测和帮扶机制，对脱贫不稳定户及时纳入帮扶。\n";

	@TempDir
	Path tmp;
	Project project;
	AnnotationStore store;
	Document document;
	Code code;

	@BeforeEach
	void setUp() throws IOException {
		Path input = Files.createDirectories(tmp.resolve("input"));
		Files.writeString(input.resolve("notice.txt"), TEXT);
		project = Project.create(tmp.resolve("project"), "测试");
		document = new Importer(project, ImportOptions.defaults()).importFiles(List.of(input), null).imported().get(0)
				.document();
		store = AnnotationStores.open(project.folder());
		code = store.createCode(null, "扶贫", null, null, null);
	}

	@AfterEach
	void tearDown() throws Exception {
		store.close();
	}

	private Annotation annotate(String text, String passage) throws IOException {
		int at = text.indexOf(passage);
		int start = text.codePointCount(0, at);
		int end = start + passage.codePointCount(0, passage.length());
		return store.addAnnotation(new NewAnnotation(document.id(), 1, start, end, TextQuote.of(text, start, end),
				List.of(code.id()), "备注", "甲"));
	}

	private String stored(Annotation a) throws IOException {
		Annotation now = store.annotation(a.id()).orElseThrow();
		Document d = project.document(document.id()).orElseThrow();
		String text = project.readText(d, d.version(now.version()));
		return Texts.slice(text, now.start(), now.end());
	}

	@Test
	void correctedFileCarriesEveryAnnotationOverInOneGo() throws IOException {
		Annotation exact = annotate(TEXT, "因地制宜发展特色产业");
		Annotation fuzzy = annotate(TEXT, "选派干部到对口地区挂职锻炼");
		Annotation gone = annotate(TEXT, "对脱贫不稳定户及时纳入帮扶");
		String corrected = "𠮷" + TEXT.replace("对口地区", "协作地区").replace("对脱贫不稳定户及时纳入帮扶", "");
		Path file = Files.writeString(tmp.resolve("notice-v2.txt"), corrected);
		VersionChange change = new DocumentVersioning(project, store).addVersion(document.id(), file, null);
		assertThat(change.document().current().number()).isEqualTo(2);
		assertThat(change.counts()).isEqualTo(new ReanchorCounts(1, 0, 1, 1));
		assertThat(stored(exact)).isEqualTo("因地制宜发展特色产业");
		assertThat(stored(fuzzy)).isEqualTo("选派干部到协作地区挂职锻炼");
		Annotation kept = store.annotation(gone.id()).orElseThrow();
		assertThat(kept.anchoring()).isEqualTo(Anchoring.UNANCHORED);
		assertThat(kept.version()).isEqualTo(1);
		assertThat(stored(gone)).isEqualTo("对脱贫不稳定户及时纳入帮扶");
		assertThat(store.annotation(fuzzy.id()).orElseThrow().memo()).isEqualTo("备注");
		assertThat(store.annotations(AnnotationQuery.unanchored())).extracting(Annotation::id).containsExactly(gone.id());
	}

	@Test
	void changeEncodingAndBackReanchorsAgain() throws IOException {
		Path input = Files.createDirectories(tmp.resolve("big5"));
		String traditional = "關於推動東西部協作的說明\n各地要把產業扶貧作為穩定脫貧的根本之策，因地制宜發展特色產業。\n";
		Files.write(input.resolve("t.txt"), traditional.getBytes(Charset.forName("Big5")));
		document = new Importer(project, ImportOptions.defaults()).importFiles(List.of(input), null).imported().get(0)
				.document();
		Annotation a = annotate(traditional, "因地制宜發展特色產業");
		DocumentVersioning versioning = new DocumentVersioning(project, store);
		VersionChange wrong = versioning.redecode(document.id(), "UTF-16LE", null);
		assertThat(wrong.counts()).isEqualTo(new ReanchorCounts(0, 0, 0, 1));
		VersionChange back = versioning.redecode(document.id(), "Big5", null);
		assertThat(back.document().current().number()).isEqualTo(3);
		assertThat(back.counts()).isEqualTo(new ReanchorCounts(1, 0, 0, 0));
		Annotation now = store.annotation(a.id()).orElseThrow();
		assertThat(now.version()).isEqualTo(3);
		assertThat(now.anchoring()).isEqualTo(Anchoring.EXACT);
		assertThat(stored(a)).isEqualTo("因地制宜發展特色產業");
	}

	@Test
	void nothingToDoWritesNothing() throws IOException {
		Annotation a = annotate(TEXT, "人才交流");
		ReanchorResult r = new DocumentVersioning(project, store).reanchor(document.id(), null);
		assertThat(r.outcomes()).isEmpty();
		assertThat(store.annotation(a.id()).orElseThrow().rowVersion()).isEqualTo(a.rowVersion());
	}
}
