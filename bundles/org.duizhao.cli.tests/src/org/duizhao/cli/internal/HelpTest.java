package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --help}, usage errors and the import summary, in the default (English) messages. */
class HelpTest {

	@TempDir
	Path dir;

	@Test
	void helpListsEveryCommandWithItsDescriptionBelow() {
		CliHarness h = CliHarness.run("--help");
		assertThat(h.code()).isZero();
		List<String> lines = h.out().lines().toList();
		for (Command c : Commands.all()) {
			int at = lines.indexOf("  " + c.usage());
			assertThat(at).as(c.name()).isPositive();
			assertThat(lines.get(at + 1)).isEqualTo("      " + c.description());
		}
	}

	@Test
	void helpUsageColumnsLineUp() {
		List<String> lines = CliHarness.run("--help").out().lines().toList();
		String first = lines.stream().filter(l -> l.startsWith(Messages.Help_usageLabel)).findFirst().orElseThrow();
		String second = lines.get(lines.indexOf(first) + 1);
		assertThat(TextWidth.of(first.substring(0, first.indexOf(Messages.Help_openWorkbench))))
				.isEqualTo(TextWidth.of(second.substring(0, second.indexOf(Messages.Help_runCommand))));
		assertThat(TextWidth.of(first.substring(0, first.indexOf("duizhao"))))
				.isEqualTo(TextWidth.of(second.substring(0, second.indexOf("duizhao"))));
	}

	@Test
	void commandHelpAndUsageErrors() {
		CliHarness help = CliHarness.run("info", "--help");
		assertThat(help.code()).isZero();
		assertThat(help.out()).startsWith("usage: duizhao info <file>");
		CliHarness wrong = CliHarness.run("info", "--bogus");
		assertThat(wrong.code()).isEqualTo(2);
		assertThat(wrong.err().strip())
				.isEqualTo("duizhao info: unknown option --bogus (usage: duizhao info <file> [--encoding E])");
		CliHarness unknown = CliHarness.run("frobnicate");
		assertThat(unknown.code()).isEqualTo(2);
		assertThat(unknown.err().strip()).isEqualTo("duizhao: unknown command 'frobnicate' (duizhao --help lists them)");
	}

	@Test
	void importSummaryAndStatsLine() throws IOException {
		Path a = dir.resolve("a.txt");
		Files.writeString(a, "各地要加强茶产业协作。\n", StandardCharsets.UTF_8);
		Path empty = dir.resolve("empty.txt");
		Files.writeString(empty, "", StandardCharsets.UTF_8);
		Path project = dir.resolve("project");
		CliHarness h = CliHarness.run("import", a.toString(), empty.toString(), "--project", project.toString(), "--stats");
		assertThat(h.code()).as(h.err()).isZero();
		List<String> lines = h.out().lines().toList();
		assertThat(lines.get(0)).isEqualTo("imported 1 document(s) into " + project + "; skipped 1 (empty 1)");
		assertThat(lines.get(1)).matches("files=2 seconds=\\d+\\.\\d\\d files_per_second=\\d+\\.\\d peak_heap_mb=\\d+");
		assertThat(h.err()).startsWith("skipped " + empty + ": ");
	}
}
