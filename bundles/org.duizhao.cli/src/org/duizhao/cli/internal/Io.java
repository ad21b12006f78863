package org.duizhao.cli.internal;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where commands write: results on {@code out}, messages and progress on {@code err}. Both are
 * UTF-8 whatever the platform's default, so Chinese text survives a POSIX locale.
 * <p>
 * The standard streams are buffered: a {@link PrintStream} straight on a file descriptor makes one
 * {@code write} call per print, which was two million calls (half the run) for a large JSON
 * result. {@code out} is flushed only by {@link #flush()} (the application calls it once, at the
 * end); {@code err} flushes on every line, so messages and progress appear when written.
 *
 * @param out results
 * @param err messages
 * @param interactive whether {@code err} is a terminal (progress lines are drawn only then)
 */
record Io(PrintStream out, PrintStream err, boolean interactive) {

	private static final int BUFFER = 1 << 16;

	static Io standard() {
		return of(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
				System.console() != null);
	}

	/**
	 * @param out where results go, unbuffered (a file descriptor)
	 * @param err where messages go, unbuffered
	 * @param interactive whether {@code err} is a terminal
	 * @return streams that buffer before they write to {@code out} and {@code err}
	 */
	static Io of(OutputStream out, OutputStream err, boolean interactive) {
		return new Io(new PrintStream(new BufferedOutputStream(out, BUFFER), false, StandardCharsets.UTF_8),
				new PrintStream(new BufferedOutputStream(err, BUFFER), true, StandardCharsets.UTF_8), interactive);
	}

	/** Writes out what is still buffered in both streams. */
	void flush() {
		out.flush();
		err.flush();
	}
}
