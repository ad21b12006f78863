package org.duizhao.corpus.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.duizhao.corpus.core.extract.Extraction;
import org.duizhao.corpus.core.extract.Extractor;
import org.duizhao.corpus.core.extract.Extractors;
import org.duizhao.text.core.script.Script;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

	@TempDir
	Path tmp;
	Path input;
	Project project;

	@BeforeEach
	void setUp() throws IOException {
		input = Files.createDirectories(tmp.resolve("input"));
		project = Project.create(tmp.resolve("project"), "测试项目");
	}

	private ImportReport importAll() throws IOException {
		return new Importer(project, ImportOptions.defaults()).importFiles(List.of(input), null);
	}

	@Test
	void importsTextWithGuessedMetadata() throws IOException {
		Samples.write(input, "notice.txt", Samples.NOTICE, "GBK");
		ImportReport report = importAll();
		assertThat(report.skipped()).isEmpty();
		Document d = report.imported().get(0).document();
		assertThat(d.metadata().title()).isEqualTo("关于做好春季农田水利建设工作的通知");
		assertThat(d.metadata().date()).isEqualTo("2021-02-18");
		assertThat(d.metadata().region()).isEqualTo("湖南省");
		assertThat(d.metadata().issuer()).isEqualTo("湖南省人民政府办公厅");
		DocumentVersion v = d.current();
		assertThat(v.encoding()).isEqualTo("GB18030");
		assertThat(v.script()).isEqualTo(Script.SIMPLIFIED);
		assertThat(v.paragraphs()).isEqualTo(6);
		assertThat(v.characters()).isEqualTo(Samples.NOTICE.length());
		assertThat(project.readText(d, v)).isEqualTo(Samples.NOTICE);
		assertThat(project.readOriginal(d, v)).isEqualTo(Samples.NOTICE.getBytes("GBK"));
		assertThat(project.documents()).containsExactly(d);
	}

	@Test
	void charactersCountCodePoints() throws IOException {
		String text = "𠮷野家的第一条规定\n第二段\n";
		Samples.write(input, "a.txt", text, "UTF-8");
		Document d = importAll().imported().get(0).document();
		assertThat(d.current().characters()).isEqualTo(text.length() - 1);
		Structure s = project.readStructure(d, d.current());
		assertThat(s.paragraphs().get(1).of(text)).isEqualTo("第二段");
		String json = Files.readString(project.versionFolder(d, d.current()).resolve("structure.json"));
		assertThat(json.replaceAll("\\s", "")).contains("[[0,9],[10,13]]");
	}

	@Test
	void everySkipReason() throws IOException {
		Path binary = Samples.write(input, "image.txt", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 });
		byte[] junk = new byte[301];
		for (int i = 0; i < junk.length; i++) {
			junk[i] = (byte) (i % 2 == 0 ? 0xFF : 0x80);
		}
		Path undecodable = Samples.write(input, "junk.txt", junk);
		Path empty = Samples.write(input, "empty.txt", new byte[0]);
		Path blank = Samples.write(input, "blank.txt", " \n　\n", "UTF-8");
		Path first = Samples.write(input, "a.txt", Samples.NOTICE, "UTF-8");
		Path duplicate = Samples.write(input, "b/copy.txt", Samples.NOTICE, "UTF-8");
		Path unsupported = Samples.write(input, "table.xlsx", "x", "UTF-8");
		Path error = Samples.write(input, "broken.pdf", "%PDF-1.7 not really", "UTF-8");
		ImportReport report = new Importer(project, ImportOptions.defaults().withMaxBytes(2000))
				.importFiles(List.of(input), null);
		Path large = Samples.write(tmp, "large.txt", Samples.NOTICE.repeat(20), "UTF-8");
		ImportReport second = new Importer(project, ImportOptions.defaults().withMaxBytes(2000))
				.importFiles(List.of(large, first), null);

		assertThat(report.imported()).extracting(ImportReport.Imported::file).containsExactly(first);
		assertThat(report.skipOf(binary).reason()).isEqualTo(SkipReason.BINARY);
		assertThat(report.skipOf(binary).message()).contains("PNG");
		assertThat(report.skipOf(undecodable).reason()).isEqualTo(SkipReason.UNDECODABLE);
		assertThat(report.skipOf(undecodable).message()).containsPattern("\\d{2,}");
		assertThat(report.skipOf(empty).reason()).isEqualTo(SkipReason.EMPTY);
		assertThat(report.skipOf(blank).reason()).isEqualTo(SkipReason.EMPTY);
		assertThat(report.skipOf(duplicate).reason()).isEqualTo(SkipReason.DUPLICATE);
		assertThat(report.skipOf(duplicate).message()).contains(first.toString());
		assertThat(report.skipOf(unsupported).reason()).isEqualTo(SkipReason.UNSUPPORTED);
		assertThat(report.skipOf(error).reason()).isEqualTo(SkipReason.ERROR);
		assertThat(second.skipOf(large).reason()).isEqualTo(SkipReason.TOO_LARGE);
		assertThat(second.skipOf(first).reason()).isEqualTo(SkipReason.DUPLICATE);
		assertThat(second.skipOf(first).message()).contains(report.imported().get(0).document().id());
	}

	@Test
	void wrongEncodingOverrideIsUndecodable() throws IOException {
		Path gbk = Samples.write(input, "gbk.txt", Samples.NOTICE, "GBK");
		ImportReport report = new Importer(project, ImportOptions.defaults().withEncoding("UTF-8"))
				.importFiles(List.of(gbk), null);
		assertThat(report.skipOf(gbk).reason()).isEqualTo(SkipReason.UNDECODABLE);
		assertThat(report.skipOf(gbk).message()).contains("UTF-8");
	}

	@Test
	void cancelLeavesProjectUnchanged() throws IOException {
		Samples.write(tmp, "first.txt", Samples.notice(0), "UTF-8");
		new Importer(project, ImportOptions.defaults()).importFiles(List.of(tmp.resolve("first.txt")), null);
		for (int i = 1; i <= 10; i++) {
			Samples.write(input, "n" + i + ".txt", Samples.notice(i), "UTF-8");
		}
		CancelAfter monitor = new CancelAfter(5);
		assertThatThrownBy(() -> new Importer(project, ImportOptions.defaults()).importFiles(List.of(input), monitor))
				.isInstanceOf(OperationCanceledException.class);
		assertThat(monitor.subTasks).contains("n1.txt");
		assertThat(project.documents()).hasSize(1);
		assertThat(documentFolders()).hasSize(1);
		assertThat(stagingEntries()).isEmpty();
		assertThat(Project.open(project.folder()).documents()).hasSize(1);
	}

	@Test
	void crashMidImportLeavesNothingHalfWritten() throws IOException {
		for (int i = 1; i <= 6; i++) {
			Samples.write(input, "n" + i + ".txt", Samples.notice(i), "UTF-8");
		}
		Extractors crashing = Extractors.defaults().with(new CrashingExtractor(4));
		assertThatThrownBy(() -> new Importer(project, ImportOptions.defaults(), crashing)
				.importFiles(List.of(input), null)).isInstanceOf(SimulatedCrash.class);
		assertThat(project.documents()).isEmpty();
		assertThat(documentFolders()).isEmpty();
		assertThat(stagingEntries()).isEmpty();
	}

	/**
	 * Opening leaves staging alone (it may belong to a live import in another program); the next
	 * writer, under the lock, knows the run is dead and removes it.
	 */
	@Test
	void staleStagingFromAKilledProcessIsRemovedByTheNextWriter() throws IOException {
		Path stale = project.folder().resolve(".staging/run-1/" + java.util.UUID.randomUUID() + "/v1");
		Files.createDirectories(stale);
		Files.writeString(stale.resolve("text.txt"), "半截");
		Project reopened = Project.open(project.folder());
		assertThat(reopened.documents()).isEmpty();
		assertThat(reopened.problems()).isEmpty();
		assertThat(stagingEntries()).isNotEmpty();
		new Importer(reopened, ImportOptions.defaults()).importFiles(List.of(input), null);
		assertThat(stagingEntries()).isEmpty();
	}

	@Test
	void metadataEditSurvivesReopen() throws IOException {
		Samples.write(input, "a.txt", Samples.NOTICE, "UTF-8");
		Document d = importAll().imported().get(0).document();
		Metadata edited = d.metadata().withTitle("新标题").withRegion("福建省").withTags(List.of("水利", "春耕"));
		project.updateMetadata(d.id(), edited);
		Document reopened = Project.open(project.folder()).document(d.id()).orElseThrow();
		assertThat(reopened.metadata()).isEqualTo(edited);
		assertThat(reopened.current()).isEqualTo(d.current());
	}

	@Test
	void redecodeAddsAVersion() throws IOException {
		Samples.write(input, "t.txt", Samples.TRADITIONAL, "Big5");
		Document d = importAll().imported().get(0).document();
		assertThat(d.current().encoding()).startsWith("Big5");
		Document wrong = project.redecode(d.id(), "GBK");
		assertThat(wrong.versions()).hasSize(2);
		assertThat(wrong.current().number()).isEqualTo(2);
		assertThat(wrong.current().origin()).isEqualTo(DocumentVersion.REDECODE);
		assertThat(wrong.current().encoding()).isEqualTo("GB18030");
		assertThat(wrong.current().originalSha256()).isEqualTo(d.current().originalSha256());
		assertThat(project.readText(wrong, wrong.current())).isNotEqualTo(Samples.TRADITIONAL);
		assertThat(project.readText(wrong, wrong.version(1))).isEqualTo(Samples.TRADITIONAL);
		Document back = Project.open(project.folder()).redecode(d.id(), "Big5");
		assertThat(back.versions()).extracting(DocumentVersion::number).containsExactly(1, 2, 3);
		assertThat(Project.open(project.folder()).document(d.id()).orElseThrow().current().number()).isEqualTo(3);
	}

	@Test
	void malformedDocumentJsonIsReportedAndTheRestOpens() throws IOException {
		Samples.write(input, "a.txt", Samples.notice(1), "UTF-8");
		Samples.write(input, "b.txt", Samples.notice(2), "UTF-8");
		List<ImportReport.Imported> imported = importAll().imported();
		Path broken = project.folder().resolve("documents").resolve(imported.get(0).document().id());
		Files.writeString(broken.resolve("document.json"), "{\"id\": \"x\", \"versions\": [", StandardCharsets.UTF_8);
		Files.createDirectories(project.folder().resolve("documents/not-a-document"));
		Project reopened = Project.open(project.folder());
		assertThat(reopened.documents()).extracting(Document::id).containsExactly(imported.get(1).document().id());
		assertThat(reopened.problems()).hasSize(2);
		assertThat(reopened.problems().get(0).message()).isNotBlank();
	}

	@Test
	void openRejectsFoldersWithoutProject() {
		assertThatThrownBy(() -> Project.open(input)).isInstanceOf(ProjectException.class)
				.hasMessageContaining("project.json");
		assertThatThrownBy(() -> Project.create(project.folder(), "again")).isInstanceOf(ProjectException.class);
	}

	private List<Path> documentFolders() throws IOException {
		try (Stream<Path> s = Files.list(project.folder().resolve("documents"))) {
			return s.toList();
		}
	}

	private List<Path> stagingEntries() throws IOException {
		Path staging = project.folder().resolve(".staging");
		if (!Files.exists(staging)) {
			return List.of();
		}
		try (Stream<Path> s = Files.list(staging)) {
			return s.toList();
		}
	}

	static final class CancelAfter extends NullProgressMonitor {
		final int limit;
		final List<String> subTasks = new java.util.ArrayList<>();

		CancelAfter(int limit) {
			this.limit = limit;
		}

		@Override
		public void subTask(String name) {
			subTasks.add(name);
		}

		@Override
		public boolean isCanceled() {
			return subTasks.size() > limit;
		}
	}

	static final class SimulatedCrash extends Error {
		private static final long serialVersionUID = 1L;
	}

	/** Reads .txt like the default, but dies like a killed process on the n-th file. */
	static final class CrashingExtractor implements Extractor {
		private final int crashAt;
		private int calls;

		CrashingExtractor(int crashAt) {
			this.crashAt = crashAt;
		}

		@Override
		public String format() {
			return "txt";
		}

		@Override
		public Set<String> extensions() {
			return Set.of("txt");
		}

		@Override
		public Extraction extract(byte[] bytes, String encoding) throws org.duizhao.corpus.core.extract.SkipException {
			if (++calls == crashAt) {
				throw new SimulatedCrash();
			}
			return new org.duizhao.corpus.core.extract.PlainTextExtractor().extract(bytes, encoding);
		}
	}
}
