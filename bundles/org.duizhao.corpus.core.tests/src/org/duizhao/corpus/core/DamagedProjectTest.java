package org.duizhao.corpus.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 §1: damaged projects say what is wrong and where; check repairs without deleting. */
class DamagedProjectTest {

	@TempDir
	Path tmp;
	Path folder;
	Document a;
	Document b;
	Document c;

	@BeforeEach
	void setUp() throws IOException {
		Path input = Files.createDirectories(tmp.resolve("input"));
		Files.write(input.resolve("a.txt"), "关于甲项工作的通知\n第一条。\n".getBytes("GBK"));
		Files.writeString(input.resolve("b.txt"), "关于乙项工作的通知\n第二条。\n", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("c.txt"), "关于丙项工作的通知\n第三条。\n", StandardCharsets.UTF_8);
		folder = tmp.resolve("project");
		Project p = Project.create(folder, "p");
		List<ImportReport.Imported> imported = new Importer(p, ImportOptions.defaults()).importFiles(List.of(input), null)
				.imported();
		a = imported.get(0).document();
		b = imported.get(1).document();
		c = imported.get(2).document();
	}

	private Path docFolder(Document d) {
		return folder.resolve("documents").resolve(d.id());
	}

	@Test
	void aCorruptProjectFileIsNamedWithoutTheJsonLibrarysText() throws IOException {
		Files.writeString(folder.resolve("project.json"), "{\n  \"format\": 1,\n  \"name\": \"p\n", StandardCharsets.UTF_8);
		assertThatThrownBy(() -> Project.open(folder)).isInstanceOfSatisfying(ProjectException.class, e -> {
			assertThat(e.getMessage()).contains(folder.resolve("project.json").toString()).contains("line")
					.doesNotContain("gson").doesNotContain("Malformed").doesNotContain("\n");
		});
		List<ProjectCheck.Finding> repaired = ProjectCheck.run(folder, true, null);
		assertThat(repaired).singleElement().satisfies(f -> assertThat(f.repair()).isNotNull());
		assertThat(Project.open(folder).documents()).hasSize(3);
		try (Stream<Path> kept = Files.list(folder.resolve("quarantine"))) {
			assertThat(kept).singleElement().satisfies(k -> assertThat(Files.readString(k)).contains("\"name\": \"p"));
		}
	}

	@Test
	void missingFilesAreReportedNotSilentlyDropped() throws IOException {
		Files.delete(docFolder(a).resolve("document.json"));
		Files.delete(docFolder(b).resolve("v1").resolve("text.txt"));
		Project p = Project.open(folder);
		assertThat(p.problems()).hasSize(2);
		assertThat(p.problems()).anySatisfy(pr -> assertThat(pr.message()).contains(docFolder(a).toString()))
				.anySatisfy(pr -> assertThat(pr.message()).contains("text.txt").contains(b.displayName()));
		Document stillListed = p.document(b.id()).orElseThrow();
		assertThatThrownBy(() -> p.readText(stillListed, stillListed.current()))
				.isInstanceOf(ProjectException.class).hasMessageContaining("text.txt");
	}

	@Test
	void checkListsAndRepairRebuildsTextAndQuarantinesWithoutDeleting() throws IOException {
		String textOfA = Files.readString(docFolder(a).resolve("v1").resolve("text.txt"));
		Files.delete(docFolder(a).resolve("v1").resolve("text.txt"));
		Files.delete(docFolder(a).resolve("v1").resolve("structure.json"));
		Files.writeString(docFolder(b).resolve("document.json"), "{ broken", StandardCharsets.UTF_8);
		Files.delete(docFolder(c).resolve("document.json"));
		Files.createDirectories(folder.resolve(".staging").resolve("dead-run"));

		List<ProjectCheck.Finding> listed = ProjectCheck.run(folder, false, null);
		assertThat(listed).hasSize(4).allSatisfy(f -> assertThat(f.repair()).isNull());
		assertThat(docFolder(b)).exists();

		List<ProjectCheck.Finding> repaired = ProjectCheck.run(folder, true, null);
		assertThat(repaired).hasSize(4).allSatisfy(f -> assertThat(f.repair()).isNotNull());
		assertThat(Files.readString(docFolder(a).resolve("v1").resolve("text.txt"))).isEqualTo(textOfA);
		assertThat(docFolder(b)).doesNotExist();
		try (Stream<Path> kept = Files.list(folder.resolve("quarantine"))) {
			assertThat(kept.map(k -> k.getFileName().toString())).hasSize(2)
					.anyMatch(n -> n.startsWith(b.id())).anyMatch(n -> n.startsWith(c.id()));
		}
		try (Stream<Path> originals = Files.walk(folder.resolve("quarantine"))) {
			assertThat(originals.filter(f -> f.getFileName().toString().startsWith("original."))).hasSize(2);
		}
		Project p = Project.open(folder);
		assertThat(p.problems()).isEmpty();
		assertThat(p.documents()).extracting(Document::id).containsExactly(a.id());
		assertThat(p.readStructure(p.document(a.id()).orElseThrow(), a.current()).paragraphs()).hasSize(2);
		assertThat(ProjectCheck.run(folder, false, null)).isEmpty();
	}
}
