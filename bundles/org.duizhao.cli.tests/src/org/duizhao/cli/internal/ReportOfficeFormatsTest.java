package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duizhao.cli.internal.CliHarness.runOk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * {@code duizhao report --format docx|xlsx|tei} through the format registry, on a project coded
 * through {@code duizhao annotate}; the files are opened as the zip and XML they are, and nothing
 * but the command's own line reaches standard error (POI's logging stays quiet).
 */
class ReportOfficeFormatsTest {

	// written for this test; 𠮷 first so that code point and UTF-16 offsets differ
	private static final String A = "𠮷野家发布通知。各地要加强茶产业协作。人才联育是重点。\n";

	@TempDir
	Path dir;
	String project;

	@BeforeEach
	void importAndCode() throws IOException {
		project = CliHarness.importTexts(dir, Map.of("notice.txt", A)).toString();
		runOk("annotate", "notice.txt", "13", "18", "--project", project, "--code", "产业/协作", "--coder", "甲",
				"--memo", "<script>alert(1)</script>");
		runOk("annotate", "notice.txt", "10", "16", "--project", project, "--code", "产业", "--coder", "乙");
	}

	/** Runs a report with {@link System#err} captured, and checks only the command's line is on it. */
	private Path report(String kind, String format, String file) {
		Path out = dir.resolve(file);
		PrintStream old = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
		CliHarness h;
		try {
			h = runOk("report", "--project", project, "--kind", kind, "--format", format, "-o", out.toString());
		} finally {
			System.setErr(old);
		}
		assertThat(h.err().strip()).endsWith(out.toString()).doesNotContain("\n");
		assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
		return out;
	}

	private static Map<String, byte[]> unzip(Path file) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static Element parse(byte[] xml) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
	}

	@Test
	void docxCarriesTheTextAndTheMemoAsAComment() throws Exception {
		Map<String, byte[]> docx = unzip(report("document", "docx", "doc.docx"));
		Element body = parse(docx.get("word/document.xml"));
		assertThat(body.getTextContent()).contains("𠮷野家发布通知。各地要加强茶产业协作。");
		assertThat(body.getElementsByTagNameNS("*", "commentRangeStart").getLength()).isEqualTo(1);
		assertThat(parse(docx.get("word/comments.xml")).getTextContent()).contains("<script>alert(1)</script>");
		Map<String, byte[]> segments = unzip(report("segments", "docx", "seg.docx"));
		assertThat(parse(segments.get("word/document.xml")).getTextContent()).contains("产业/协作 (1)");
	}

	@Test
	void xlsxHoldsTheSegmentsTable() throws Exception {
		Map<String, byte[]> xlsx = unzip(report("segments", "xlsx", "seg.xlsx"));
		String sheet = parse(xlsx.get("xl/worksheets/sheet1.xml")).getTextContent();
		assertThat(sheet).contains("document_id").contains("要加强茶产业").contains("茶产业协作")
				.contains("<script>alert(1)</script>");
	}

	@Test
	void teiHoldsSegsAndTheTaxonomy() throws Exception {
		Element tei = parse(Files.readAllBytes(report("document", "tei", "doc.xml")));
		assertThat(tei.getLocalName()).isEqualTo("teiCorpus");
		assertThat(tei.getElementsByTagNameNS("*", "category").getLength()).isEqualTo(2);
		assertThat(tei.getElementsByTagNameNS("*", "seg").getLength()).isEqualTo(4); // the overlap cuts both passages in two
		assertThat(tei.getElementsByTagNameNS("*", "note").item(0).getTextContent())
				.isEqualTo("<script>alert(1)</script>");
	}

	@Test
	void everyFormatCarriesTheDocumentKind() throws Exception {
		for (String format : new String[] { "csv", "xlsx", "tei", "docx" }) {
			assertThat(report("document", format, "doc." + format)).isNotEmptyFile();
		}
		String csv = Files.readString(dir.resolve("doc.csv"), StandardCharsets.UTF_8);
		assertThat(csv.split("\r\n")).hasSize(3).anyMatch(l -> l.contains(",13,18,茶产业协作,产业/协作,甲,"));
	}
}
