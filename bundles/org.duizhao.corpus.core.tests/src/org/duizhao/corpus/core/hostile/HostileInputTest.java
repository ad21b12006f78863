package org.duizhao.corpus.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.ImportReport;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.SkipReason;
import org.duizhao.corpus.core.extract.DocxExtractor;
import org.duizhao.corpus.core.extract.Extraction;
import org.duizhao.corpus.core.extract.Extractor;
import org.duizhao.corpus.core.extract.Extractors;
import org.duizhao.corpus.core.extract.PdfExtractor;
import org.duizhao.corpus.core.extract.SkipException;
import org.duizhao.corpus.core.internal.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §1: hostile files are skipped with a reason and never stop the files around them. The
 * files are generated here (see {@link HostileFiles}); none is committed.
 */
class HostileInputTest {

	private static final long GB = 1024L * 1024 * 1024;

	@TempDir
	Path tmp;

	/** 40 MB from a few kilobytes: over the 16 MB every file may unpack to, and over 100 times its size. */
	@Test
	void aDocxInflatingAThousandfoldIsOverLimit() throws Exception {
		byte[] bomb = HostileFiles.docxBomb(40L * 1024 * 1024);
		assertThatThrownBy(() -> new DocxExtractor().extract(bomb, null)).isInstanceOfSatisfying(SkipException.class,
				e -> assertThat(e.reason()).isEqualTo(SkipReason.OVER_LIMIT));
	}

	@Test
	void aPdfCompressionBombIsOverLimit() throws Exception {
		byte[] bomb = HostileFiles.pdfBomb(40L * 1024 * 1024);
		assertThatThrownBy(() -> new PdfExtractor().extract(bomb, null)).isInstanceOfSatisfying(SkipException.class,
				e -> assertThat(e.reason()).isEqualTo(SkipReason.OVER_LIMIT));
	}

	@Test
	void aTruncatedDocxSaysItIsCutOff() throws Exception {
		byte[] whole = HostileFiles.docx("第一条　总体要求。");
		byte[] cut = Arrays.copyOf(whole, whole.length / 2);
		assertThatThrownBy(() -> new DocxExtractor().extract(cut, null)).isInstanceOfSatisfying(SkipException.class,
				e -> {
					assertThat(e.reason()).isEqualTo(SkipReason.ERROR);
					assertThat(e.getMessage()).isEqualTo(Messages.skipDocxTruncated).doesNotContain("ZLIB");
				});
	}

	@Test
	void aDamagedPdfIsAnErrorAndPdfBoxLogsNothing() throws Exception {
		List<LogRecord> records = new ArrayList<>();
		Handler recorder = new Handler() {
			@Override
			public void publish(LogRecord r) {
				records.add(r);
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Logger root = Logger.getLogger(""); //$NON-NLS-1$
		root.addHandler(recorder);
		try {
			assertThatThrownBy(() -> new PdfExtractor().extract(HostileFiles.damagedPdf(), null))
					.isInstanceOfSatisfying(SkipException.class, e -> {
						assertThat(e.reason()).isEqualTo(SkipReason.ERROR);
						assertThat(e.getMessage()).startsWith(Messages.skipPdfNoPages.substring(0, 8));
					});
		} finally {
			root.removeHandler(recorder);
		}
		assertThat(records).noneMatch(r -> r.getLoggerName() != null && r.getLoggerName().startsWith("org.apache"));
	}

	/** The measured case: one bomb used to stop a folder of 25 good files (0 imported, exit 0). */
	@Test
	void bombsInAFolderNeverStopTheGoodFiles() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("input"));
		for (int i = 0; i < 25; i++) {
			Files.writeString(input.resolve(String.format("good-%02d.txt", i)),
					"关于第" + i + "号文件的通知\n各地要加强协作。\n", StandardCharsets.UTF_8);
		}
		Files.write(input.resolve("bomb.docx"), HostileFiles.docxBomb(GB + GB / 10));
		Files.write(input.resolve("bomb.pdf"), HostileFiles.pdfBomb(GB / 4 + GB / 16));
		HostileFiles.oneCharacterLines(input.resolve("lines.txt"), 45);
		Project project = Project.create(tmp.resolve("project"), "p");
		ImportReport report = new Importer(project, ImportOptions.defaults()).importFiles(List.of(input), null);
		assertThat(report.imported()).hasSize(25);
		assertThat(report.skipped()).extracting(s -> s.file().getFileName().toString())
				.containsExactlyInAnyOrder("bomb.docx", "bomb.pdf", "lines.txt");
		assertThat(report.skipped()).allSatisfy(s -> assertThat(s.reason()).isEqualTo(SkipReason.OVER_LIMIT));
		assertThat(project.documents()).hasSize(25);
	}

	/** What no limit foresees: an extractor that runs out of memory costs its own file only. */
	@Test
	void anOutOfMemoryErrorSkipsOnlyItsFile() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("input"));
		Files.writeString(input.resolve("a.txt"), "第一份文件\n", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("b.oom"), "x", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("c.txt"), "第二份文件\n", StandardCharsets.UTF_8);
		Extractor exhausting = new Extractor() {
			@Override
			public String format() {
				return "oom";
			}

			@Override
			public Set<String> extensions() {
				return Set.of("oom");
			}

			@Override
			public Extraction extract(byte[] bytes, String encoding) {
				throw new OutOfMemoryError("Java heap space");
			}
		};
		Project project = Project.create(tmp.resolve("project"), "p");
		ImportReport report = new Importer(project, ImportOptions.defaults(), Extractors.defaults().with(exhausting))
				.importFiles(List.of(input), null);
		assertThat(report.imported()).hasSize(2);
		assertThat(report.skipped()).singleElement().satisfies(s -> {
			assertThat(s.reason()).isEqualTo(SkipReason.OVER_LIMIT);
			assertThat(s.message()).isEqualTo(Messages.skipOutOfMemory);
		});
	}

	@Test
	void aWhitespaceOnlyFileIsEmptyLikeAnEmptyOne() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("input"));
		Files.write(input.resolve("empty.txt"), new byte[0]);
		Files.writeString(input.resolve("spaces.txt"), " \t\n\u3000\u3000\r\n  \n", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("nbsp.txt"), "\u00A0\u00A0\n\uFEFF", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("spaces.md"), "   \n\n", StandardCharsets.UTF_8);
		Project project = Project.create(tmp.resolve("project"), "p");
		ImportReport report = new Importer(project, ImportOptions.defaults()).importFiles(List.of(input), null);
		assertThat(report.imported()).isEmpty();
		assertThat(report.skipped()).hasSize(4).allSatisfy(s -> assertThat(s.reason()).isEqualTo(SkipReason.EMPTY));
	}

	@Test
	void aFifoIsNotARegularFile() throws Exception {
		Path fifo = Files.createDirectories(tmp.resolve("in")).resolve("pipe.txt");
		Process mkfifo;
		try {
			mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		} catch (IOException e) {
			org.junit.jupiter.api.Assumptions.abort("mkfifo is not available");
			return;
		}
		org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0);
		Project project = Project.create(tmp.resolve("project"), "p");
		ImportReport report = new Importer(project, ImportOptions.defaults()).importFiles(List.of(fifo, fifo.getParent()), null);
		assertThat(report.imported()).isEmpty();
		assertThat(report.skipped()).hasSize(2)
				.allSatisfy(s -> assertThat(s.message()).contains(Messages.skipNotRegular.substring(0, 10)));
	}
}
