package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Issue 10 §1: every bad input gets one clear line and the right exit code. */
class BadInputCliTest extends WithTempFiles {

	private static void assertOneLineFailure(CliHarness h, int code, String contains) {
		assertThat(h.code()).as(h.err()).isEqualTo(code);
		assertThat(h.err().strip()).contains(contains).doesNotContain("\n");
		assertThat(h.out()).isEmpty();
	}

	@Test
	void anUnknownEncodingIsWrongUsage() throws IOException {
		Path a = write("a.txt", "通知\n");
		assertOneLineFailure(CliHarness.run("info", a.toString(), "--encoding", "NOPE"), 2, "NOPE");
		assertOneLineFailure(CliHarness.run("import", a.toString(), "--project", dir.resolve("p").toString(),
				"--encoding", "NOPE"), 2, "NOPE");
		assertThat(dir.resolve("p")).doesNotExist();
	}

	@Test
	void aNegativeOrZeroSizeLimitIsWrongUsage() throws IOException {
		Path a = write("a.txt", "通知\n");
		for (String bad : List.of("-1", "0", "x")) {
			assertOneLineFailure(CliHarness.run("import", a.toString(), "--project", dir.resolve("p").toString(),
					"--max-size=" + bad), 2, "--max-size");
		}
	}

	@Test
	void aDeviceOrFifoIsNotARegularFile() throws Exception {
		Path zero = Path.of("/dev/zero");
		Assumptions.assumeTrue(Files.exists(zero));
		assertOneLineFailure(CliHarness.run("info", "/dev/zero"), 1, Messages.Error_notRegular.substring(0, 10));
		Path fifo = dir.resolve("pipe.txt");
		Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
		Path a = write("a.txt", "通知\n");
		assertOneLineFailure(CliHarness.run("compare", a.toString(), fifo.toString()), 1,
				Messages.Error_notRegular.substring(0, 10));
	}

	@Test
	void aBadOutputPathSaysWhatIsWrong() throws IOException {
		Path a = write("a.txt", "通知。\n");
		Path missing = dir.resolve("no-such-folder").resolve("out.json");
		assertOneLineFailure(CliHarness.run("compare", a.toString(), a.toString(), "-o", missing.toString()), 1,
				"no-such-folder");
		CliHarness folder = CliHarness.run("compare", a.toString(), a.toString(), "-o", dir.toString());
		assertOneLineFailure(folder, 1, Messages.Error_isFolder);
	}

	@Test
	void aDamagedPdfIsAFailureNotAnEmptyText() throws IOException {
		byte[] noise = new byte[4096];
		for (int i = 0; i < noise.length; i++) {
			noise[i] = (byte) (i * 31 + 7);
		}
		byte[] head = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n".getBytes(StandardCharsets.US_ASCII);
		byte[] pdf = Arrays.copyOf(head, head.length + noise.length);
		System.arraycopy(noise, 0, pdf, head.length, noise.length);
		Path damaged = dir.resolve("damaged.pdf");
		Files.write(damaged, pdf);
		assertOneLineFailure(CliHarness.run("info", damaged.toString()), 1, "PDF");
		Path a = write("a.txt", "通知。\n");
		assertOneLineFailure(CliHarness.run("compare", a.toString(), damaged.toString()), 1, "PDF");
	}

	@Test
	void aTruncatedDocxSaysItIsCutOff() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			StringBuilder xml = new StringBuilder(
					"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
			for (int i = 0; i < 300; i++) {
				xml.append("<w:p><w:r><w:t>第").append(i).append("条　总体要求。</w:t></w:r></w:p>");
			}
			zip.write(xml.append("</w:body></w:document>").toString().getBytes(StandardCharsets.UTF_8));
		}
		byte[] whole = out.toByteArray();
		Path cut = dir.resolve("cut.docx");
		Files.write(cut, Arrays.copyOf(whole, whole.length * 2 / 3));
		CliHarness h = CliHarness.run("info", cut.toString());
		assertOneLineFailure(h, 1, "docx");
		assertThat(h.err()).doesNotContain("ZLIB");
	}

	/** Measured: ESC sequences reached the terminal and could clear it and retitle the window. */
	@Test
	void controlCharactersAreEscapedInTextOutput() throws IOException {
		Path a = write("a.txt", "关于协作的通知。各地要加强协作。\n");
		Path b = write("b.txt", "关于协作的通知。\u001B]0;pwned\u0007\u001B[2J各地要深化协作。\n");
		CliHarness h = CliHarness.run("compare", a.toString(), b.toString(), "--format", "text");
		assertThat(h.code()).as(h.err()).isZero();
		assertThat(h.out()).doesNotContain("\u001B").doesNotContain("\u0007").contains("\\u001b[2J");
	}

	/** Out of memory used to exit 0 with nothing printed. */
	@Test
	void anErrorExitsOneWithOneLine() {
		Command exhausting = new Command() {
			@Override
			public String name() {
				return "exhaust";
			}

			@Override
			public String usage() {
				return "exhaust";
			}

			@Override
			public String description() {
				return "runs out of memory";
			}

			@Override
			public int run(List<String> args, Io io) {
				throw new OutOfMemoryError("Java heap space");
			}
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Io io = new Io(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				false);
		int code = new Cli(io, List.of(exhausting)).run("exhaust");
		assertThat(code).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("duizhao exhaust: " + Messages.Error_outOfMemory);
	}
}
