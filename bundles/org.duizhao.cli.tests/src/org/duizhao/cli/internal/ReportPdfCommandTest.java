package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.duizhao.report.core.PdfFontSetting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duizhao report --format pdf [--font FILE]} on a real project. */
class ReportPdfCommandTest {

	// written for this test
	private static final String TEXT = "乡村振兴通知。各地要加强茶产业协作，<script>不是标签</script>。\n";
	private static final List<Path> KNOWN = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
			Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), Path.of("C:\\Windows\\Fonts\\simsun.ttc"));

	@TempDir
	Path dir;
	String project;

	@BeforeEach
	void importAndCode() throws IOException {
		project = CliHarness.importTexts(dir, Map.of("notice.txt", TEXT)).toString();
		CliHarness h = CliHarness.run("annotate", "notice.txt", "9", "14", "--project", project, "--code", "产业",
				"--coder", "甲", "--memo", "备忘<b>");
		assertThat(h.code()).as(h.err()).isZero();
	}

	/** @param sorted by position: right for running text, wrong for table cells side by side */
	private static String text(Path pdf, boolean sorted) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(sorted); // highlighted runs are drawn after the rest of their line
			// without whitespace (layout) and digits (note marks, page numbers; the text has none)
			return stripper.getText(doc).replaceAll("[\\s0-9]+", "");
		}
	}

	private static Optional<Path> knownFont() {
		return KNOWN.stream().filter(Files::isRegularFile).findFirst();
	}

	@Test
	void pdfThroughTheRegistryCarriesTheText() throws IOException {
		assumeTrue(knownFont().isPresent(), "no known Chinese TrueType font installed");
		Path out = dir.resolve("doc.pdf");
		CliHarness h = CliHarness.run("report", "--project", project, "--kind", "document", "--format", "pdf", "-o",
				out.toString());
		assertThat(h.code()).as(h.err()).isZero();
		assertThat(h.err()).contains(out.toString()).doesNotContain("INFO").doesNotContain("WARN");
		assertThat(text(out, true)).contains("乡村振兴通知。各地要加强茶产业协作，<script>不是标签</script>。").contains("备忘<b>");
		Path segments = dir.resolve("seg.pdf");
		assertThat(CliHarness.run("report", "--project", project, "--kind", "segments", "--format", "pdf", "-o",
				segments.toString()).code()).isZero();
		assertThat(text(segments, false)).contains("要加强茶产").contains("备忘<b>");
	}

	@Test
	void fontOptionNamesTheFontAndLastsForOneCommand() throws IOException {
		Path font = knownFont().orElse(null);
		assumeTrue(font != null, "no known Chinese TrueType font installed");
		Path out = dir.resolve("font.pdf");
		CliHarness h = CliHarness.run("report", "--project", project, "--kind", "document", "--format", "pdf",
				"--font", font.toString(), "-o", out.toString());
		assertThat(h.code()).as(h.err()).isZero();
		assertThat(text(out, true)).contains("各地要加强茶产业协作");
		assertThat(System.getProperty(PdfFontSetting.PROPERTY)).isNull();
	}

	@Test
	void aMissingFontFailsNamingTheOptionAndWritesNothing() {
		Path out = dir.resolve("never.pdf");
		Path missing = dir.resolve("no-such-font.ttf");
		CliHarness h = CliHarness.run("report", "--project", project, "--kind", "document", "--format", "pdf",
				"--font", missing.toString(), "-o", out.toString());
		assertThat(h.code()).isEqualTo(1);
		assertThat(h.err()).contains(missing.toString()).contains("--font");
		assertThat(out).doesNotExist();
		assertThat(System.getProperty(PdfFontSetting.PROPERTY)).isNull();
	}

	@Test
	void withNoFontFoundTheMessageNamesEverySetting() {
		Path out = dir.resolve("never.pdf");
		String before = System.getProperty("duizhao.report.fontFolders");
		System.setProperty("duizhao.report.fontFolders", dir.resolve("none").toString());
		try {
			CliHarness h = CliHarness.run("report", "--project", project, "--kind", "document", "--format", "pdf",
					"-o", out.toString());
			assumeTrue(System.getenv(PdfFontSetting.ENVIRONMENT) == null, "the environment names a font");
			assertThat(h.code()).isEqualTo(1);
			assertThat(h.err()).contains("--font").contains(PdfFontSetting.PROPERTY).contains(PdfFontSetting.ENVIRONMENT);
			assertThat(out).doesNotExist();
		} finally {
			if (before == null) {
				System.clearProperty("duizhao.report.fontFolders");
			} else {
				System.setProperty("duizhao.report.fontFolders", before);
			}
		}
	}
}
