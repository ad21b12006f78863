package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * The standard streams are buffered: a large result reaches the file descriptor in a few large
 * writes, not one write per JSON token (two million system calls for a 1M-character pair).
 */
class OutputBufferingTest {

	@TempDir
	Path dir;

	/** Counts the calls made on it, as a file descriptor would count system calls. */
	private static final class CountingStream extends OutputStream {
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int calls;

		@Override
		public void write(int b) {
			calls++;
			bytes.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			calls++;
			bytes.write(b, off, len);
		}
	}

	@Test
	void largeJsonGoesOutInFewWrites() throws IOException {
		StringBuilder a = new StringBuilder();
		StringBuilder b = new StringBuilder();
		for (int k = 0; k < 4_000; k++) {
			a.append("第").append(k).append("条规定要加强协作。");
			b.append("第").append(k).append(k % 3 == 0 ? "条规定要深化协作。" : "条规定要加强协作。");
		}
		Path fa = Files.writeString(dir.resolve("a.txt"), a, StandardCharsets.UTF_8);
		Path fb = Files.writeString(dir.resolve("b.txt"), b, StandardCharsets.UTF_8);
		CountingStream out = new CountingStream();
		CountingStream err = new CountingStream();
		Io io = Io.of(out, err, false);
		int code = new Cli(io, Commands.all()).run("compare", fa.toString(), fb.toString());
		io.flush();

		assertThat(code).as(err.bytes.toString(StandardCharsets.UTF_8)).isZero();
		String json = out.bytes.toString(StandardCharsets.UTF_8);
		assertThat(JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("hunks")).hasSizeGreaterThan(1_000);
		assertThat(json).isEqualTo(CliHarness.run("compare", fa.toString(), fb.toString()).out());
		// one write per 64 KB buffer, and the last
		assertThat(out.calls).isLessThanOrEqualTo(json.length() / 65_536 + 2);
		assertThat(err.calls).isZero();
	}

	@Test
	void nothingIsWrittenBeforeFlushAndEverythingAfter() {
		CountingStream out = new CountingStream();
		Io io = Io.of(out, new CountingStream(), false);
		int code = new Cli(io, Commands.all()).run("--version");
		assertThat(code).isZero();
		assertThat(out.calls).isZero();
		io.flush();
		assertThat(out.bytes.toString(StandardCharsets.UTF_8)).startsWith("duizhao ");
		assertThat(out.calls).isEqualTo(1);
	}
}
