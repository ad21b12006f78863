package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duizhao check [--repair]} and warnings about damaged documents (issue 10 §1). */
class CheckCommandTest {

	@TempDir
	Path dir;

	private Path importTwo() throws IOException {
		Path a = dir.resolve("a.txt");
		Path b = dir.resolve("b.txt");
		Files.writeString(a, "关于甲项工作的通知。各地要加强协作。\n", StandardCharsets.UTF_8);
		Files.writeString(b, "关于乙项工作的通知。各地要深化协作。\n", StandardCharsets.UTF_8);
		Path project = dir.resolve("project");
		CliHarness h = CliHarness.run("import", a.toString(), b.toString(), "--project", project.toString());
		assertThat(h.code()).as(h.err()).isZero();
		return project;
	}

	private static Path textOf(Path project, String sourceName) throws IOException {
		try (Stream<Path> files = Files.walk(project.resolve("documents"))) {
			for (Path json : files.filter(f -> f.getFileName().toString().equals("document.json")).toList()) {
				if (Files.readString(json).contains("\"sourceName\": \"" + sourceName + "\"")) {
					return json.resolveSibling("v1").resolve("text.txt");
				}
			}
		}
		throw new AssertionError(sourceName);
	}

	@Test
	void checkListsRepairRebuildsAndCompareWorksAgain() throws IOException {
		Path project = importTwo();
		assertThat(CliHarness.run("check", "--project", project.toString()).out()).contains(Messages.Check_whole);
		Path text = textOf(project, "a.txt");
		Files.delete(text);
		CliHarness compare = CliHarness.run("compare", "a.txt", "b.txt", "--project", project.toString());
		assertThat(compare.code()).isEqualTo(1);
		assertThat(compare.err()).contains("text.txt");
		CliHarness listed = CliHarness.run("check", "--project", project.toString());
		assertThat(listed.code()).isEqualTo(1);
		assertThat(listed.out()).contains(text.toString());
		CliHarness repaired = CliHarness.run("check", "--project", project.toString(), "--repair");
		assertThat(repaired.code()).as(repaired.out() + repaired.err()).isZero();
		assertThat(text).exists();
		assertThat(CliHarness.run("compare", "a.txt", "b.txt", "--project", project.toString()).code()).isZero();
	}

	@Test
	void aDocumentWithoutDocumentJsonIsWarnedAbout() throws IOException {
		Path project = importTwo();
		Path json = textOf(project, "b.txt").getParent().resolveSibling("document.json");
		Files.delete(json);
		CliHarness compare = CliHarness.run("compare", "a.txt", "b.txt", "--project", project.toString());
		assertThat(compare.code()).isEqualTo(1);
		assertThat(compare.err()).contains("document.json").contains(json.getParent().toString());
	}

	@Test
	void checkOfAFolderWithoutAProjectFails() {
		CliHarness h = CliHarness.run("check", "--project", dir.toString());
		assertThat(h.code()).isEqualTo(1);
		assertThat(h.err().strip()).doesNotContain("\n");
		assertThat(CliHarness.run("check").code()).isEqualTo(2);
	}
}
