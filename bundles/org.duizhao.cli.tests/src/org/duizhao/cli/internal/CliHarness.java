package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
