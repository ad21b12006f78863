package org.duizhao.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where commands write: results on {@code out}, messages and progress on {@code err}. Both are
 * UTF-8 whatever the platform's default, so Chinese text survives a POSIX locale.
 *
 * @param out results
 * @param err messages
 * @param interactive whether {@code err} is a terminal (progress lines are drawn only then)
 */
record Io(PrintStream out, PrintStream err, boolean interactive) {

	static Io standard() {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		return new Io(out, err, System.console() != null);
	}
}
