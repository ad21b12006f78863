package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process and keeps what it wrote. */
final class CliHarness {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private int code;

	static CliHarness run(String... args) {
		CliHarness h = new CliHarness();
		Io io = new Io(new PrintStream(h.out, true, StandardCharsets.UTF_8),
				new PrintStream(h.err, true, StandardCharsets.UTF_8), false);
		h.code = new Cli(io, Commands.all()).run(args);
		return h;
	}

	/** Runs the CLI and checks that it exits with 0; a failure names the command line and what it wrote to stderr. */
	static CliHarness runOk(String... args) {
		CliHarness h = run(args);
		assertThat(h.code()).as(String.join(" ", args) + "\n" + h.err()).isZero();
		return h;
	}

	/**
	 * Writes {@code texts} (file name → text, UTF-8) into {@code dir/in} and imports that folder
	 * through the CLI into a new project, checking that the import succeeds.
	 *
	 * @return the project's folder, {@code dir/p}
	 */
	static Path importTexts(Path dir, Map<String, String> texts) throws IOException {
		Path in = Files.createDirectories(dir.resolve("in")); //$NON-NLS-1$
		for (Map.Entry<String, String> e : texts.entrySet()) {
			Files.writeString(in.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
		}
		Path project = dir.resolve("p"); //$NON-NLS-1$
		runOk("import", in.toString(), "--project", project.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		return project;
	}

	int code() {
		return code;
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
