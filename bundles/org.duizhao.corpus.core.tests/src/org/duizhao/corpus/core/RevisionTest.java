package org.duizhao.corpus.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corrected text from another file becomes a document's new version. */
class RevisionTest {

	@TempDir
	Path tmp;
	Path input;
	Project project;
	Document imported;

	@BeforeEach
	void setUp() throws IOException {
		input = Files.createDirectories(tmp.resolve("input"));
		project = Project.create(tmp.resolve("project"), "测试项目");
		Samples.write(input, "notice.txt", Samples.NOTICE, "GBK");
		imported = new Importer(project, ImportOptions.defaults()).importFiles(List.of(input), null).imported().get(0)
				.document();
	}

	@Test
	void fileBecomesTheCurrentVersion() throws IOException {
		String corrected = Samples.NOTICE.replace("农田水利", "农田水利𠮷");
		Path file = Samples.write(tmp, "notice-corrected.txt", corrected, "UTF-8");
		Document d = project.addVersion(imported.id(), file);
		DocumentVersion v = d.current();
		assertThat(v.number()).isEqualTo(2);
		assertThat(v.origin()).isEqualTo(DocumentVersion.REVISION);
		assertThat(v.sourceName()).isEqualTo("notice-corrected.txt");
		assertThat(v.originalFile()).isEqualTo("original.txt");
		assertThat(v.encoding()).isEqualTo("UTF-8");
		assertThat(v.characters()).isEqualTo(corrected.codePointCount(0, corrected.length()));
		assertThat(project.readText(d, v)).isEqualTo(corrected);
		assertThat(project.readText(d, d.version(1))).isEqualTo(Samples.NOTICE);
		assertThat(d.metadata()).isEqualTo(imported.metadata());
		Document reopened = Project.open(project.folder()).document(d.id()).orElseThrow();
		assertThat(reopened.versions()).extracting(DocumentVersion::origin).containsExactly("import", "revision");
		assertThat(project.findByOriginalHash(v.originalSha256())).contains(d);
	}

	@Test
	void gbkFileIsDetectedAsImportWouldDetectIt() throws IOException {
		Path file = Samples.write(tmp, "v2.txt", Samples.notice(7), "GBK");
		Document d = project.addVersion(imported.id(), file);
		assertThat(d.current().encoding()).isEqualTo("GB18030");
		assertThat(project.readText(d, d.current())).isEqualTo(Samples.notice(7));
	}

	@Test
	void refusedFilesChangeNothing() throws IOException {
		Path empty = Samples.write(tmp, "empty.txt", new byte[0]);
		Path odd = Samples.write(tmp, "notice.xyz", "文本".getBytes("UTF-8"));
		assertThatThrownBy(() -> project.addVersion(imported.id(), empty)).isInstanceOf(ProjectException.class);
		assertThatThrownBy(() -> project.addVersion(imported.id(), odd)).isInstanceOf(ProjectException.class)
				.hasMessageContaining("xyz");
		assertThatThrownBy(() -> project.addVersion("no-such-id", odd)).isInstanceOf(ProjectException.class);
		assertThat(project.document(imported.id()).orElseThrow().versions()).hasSize(1);
		assertThat(Project.open(project.folder()).document(imported.id()).orElseThrow().versions()).hasSize(1);
		assertThat(project.folder().resolve("documents").resolve(imported.id()).resolve("v2")).doesNotExist();
	}

	@Test
	void leftoverFolderOfACrashIsReplaced() throws IOException {
		Path leftover = Files.createDirectories(project.folder().resolve("documents").resolve(imported.id()).resolve("v2"));
		Files.writeString(leftover.resolve("text.txt"), "half written");
		Path file = Samples.write(tmp, "v2.txt", Samples.notice(3), "UTF-8");
		Document d = project.addVersion(imported.id(), file);
		assertThat(project.readText(d, d.current())).isEqualTo(Samples.notice(3));
	}
}
