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
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationsCommandTest {

	private static final String TEXT = "𠮷𠮷 通知：各县要推进产业扶贫，确保到村到户。\n"; //$NON-NLS-1$

	@TempDir
	Path tmp;

	private Path source;

	/** What a run of the CLI wrote. */
	private record Run(int code, String out, String err) {
	}

	/** Runs the standard CLI, whose annotations command opens the project's SQLite store. */
	private static Run run(String... args) {
		CliHarness h = CliHarness.run(args);
		return new Run(h.code(), h.out(), h.err());
	}

	/** @return the annotations in a project's store, read by a store of this process */
	private static List<Annotation> annotations(Path project) throws IOException {
		try (AnnotationStore store = AnnotationStores.open(project)) {
			return store.annotations(AnnotationQuery.all());
		}
	}

	@BeforeEach
	void codedProject() throws IOException {
		source = tmp.resolve("source"); //$NON-NLS-1$
		Project p = Project.create(source, "source"); //$NON-NLS-1$
		Path file = Files.writeString(tmp.resolve("notice.txt"), TEXT, StandardCharsets.UTF_8); //$NON-NLS-1$
		new Importer(p, ImportOptions.defaults()).importFiles(List.of(file), null);
		Document d = p.documents().get(0);
		try (AnnotationStore store = AnnotationStores.open(source)) {
			Code c = store.createCode(null, "产业扶贫", "#00aa00", null, null); //$NON-NLS-1$ //$NON-NLS-2$
			// 推进产业扶贫 is at code points 9..15 (UTF-16 units 11..17)
			store.addAnnotation(new NewAnnotation(d.id(), 1, 9, 15, TextQuote.of(TEXT, 9, 15), List.of(c.id()),
					"memo", "张三")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void qdpxExportThenImportIntoAMissingFolderMakesTheSameProject() throws IOException {
		Path qdpx = tmp.resolve("out.qdpx"); //$NON-NLS-1$
		Run export = run("annotations", "export", "--project", source.toString(), "--format", "qdpx", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"-o", qdpx.toString()); //$NON-NLS-1$
		assertThat(export.code()).as(export.err()).isZero();
		assertThat(export.out()).contains("exported 1 annotation(s), 1 code(s)"); //$NON-NLS-1$
		assertThat(qdpx).isRegularFile();

		Path target = tmp.resolve("new/project"); //$NON-NLS-1$
		Run imp = run("annotations", "import", "--project", target.toString(), qdpx.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(imp.code()).as(imp.err()).isZero();
		assertThat(imp.out()).startsWith("imported 1 document(s), 1 new code(s), 1 annotation(s) and 0 memo(s)"); //$NON-NLS-1$
		assertThat(imp.err()).isEmpty();
		Project p = Project.open(target);
		assertThat(p.documents()).hasSize(1);
		List<Annotation> all = annotations(target);
		assertThat(all).singleElement().satisfies(a -> {
			assertThat(a.start()).isEqualTo(9);
			assertThat(a.end()).isEqualTo(15);
			assertThat(a.quote().exact()).isEqualTo("推进产业扶贫"); //$NON-NLS-1$
			assertThat(a.coder()).isEqualTo("张三"); //$NON-NLS-1$
			assertThat(a.memo()).isEqualTo("memo"); //$NON-NLS-1$
		});
	}

	@Test
	void w3cImportPrintsWhatCouldNotBeMapped() throws IOException {
		Path json = Files.writeString(tmp.resolve("in.jsonld"), "[{\"type\":\"Annotation\",\"target\":{\"source\":" //$NON-NLS-1$ //$NON-NLS-2$
				+ "\"notice.txt\",\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"确保到村到户\"}}}," //$NON-NLS-1$
				+ "{\"type\":\"Annotation\",\"target\":{\"source\":\"missing.txt\"}}]", StandardCharsets.UTF_8); //$NON-NLS-1$
		Run r = run("annotations", "import", "--project", source.toString(), json.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"--coder", "李四"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(r.code()).isZero();
		assertThat(r.out()).contains("1 annotation(s)").contains("1 not mapped"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(r.err()).startsWith("not mapped: ").contains("missing.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(annotations(source)).extracting(Annotation::coder).contains("李四"); //$NON-NLS-1$
	}

	@Test
	void csvExportWritesABomAndOneRowPerAnnotation() throws IOException {
		Path csv = tmp.resolve("out.csv"); //$NON-NLS-1$
		Run r = run("annotations", "export", "--project", source.toString(), "--format", "csv", "-o", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				csv.toString());
		assertThat(r.code()).isZero();
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFdocument,").contains(",9,15,推进产业扶贫,产业扶贫,张三,memo,"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void wrongUsageExitsWithTwo() {
		assertThat(run("annotations").code()).isEqualTo(2); //$NON-NLS-1$
		assertThat(run("annotations", "merge").code()).isEqualTo(2); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(run("annotations", "export", "--project", "p", "-o", "x").code()).isEqualTo(2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		Run bad = run("annotations", "export", "--project", "p", "--format", "pdf", "-o", "x"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		assertThat(bad.code()).isEqualTo(2);
		assertThat(bad.err()).contains("--format takes w3c, qdpx or csv, not 'pdf'"); //$NON-NLS-1$
		assertThat(run("annotations", "import", "--project", "p").code()).isEqualTo(2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(run("annotations", "import", "x.qdpx").code()).isEqualTo(2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void aFailedImportIntoAMissingFolderLeavesNoProjectAndSaysWhyOnOneLine() throws IOException {
		Path json = Files.writeString(tmp.resolve("bad.json"), "{\"type\": \"AnnotationCollection\", "); //$NON-NLS-1$ //$NON-NLS-2$
		Path target = tmp.resolve("never"); //$NON-NLS-1$
		Run r = run("annotations", "import", "--project", target.toString(), json.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(r.code()).isEqualTo(1);
		assertThat(r.err()).startsWith("duizhao annotations: Not valid JSON").hasLineCount(1); //$NON-NLS-1$
		assertThat(target).doesNotExist();
	}

	@Test
	void failuresExitWithOne() {
		assertThat(run("annotations", "import", "--project", source.toString(), "nope.qdpx").code()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.isEqualTo(1);
		Run noProject = run("annotations", "export", "--project", tmp.resolve("none").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--format", "w3c", "-o", tmp.resolve("x.json").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(noProject.code()).isEqualTo(1);
		assertThat(noProject.err()).contains("no project"); //$NON-NLS-1$
	}
}
