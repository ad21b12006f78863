package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.ImportReport;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.text.core.CodePoints;

/**
 * A real project with two imported documents and a real annotations.db, coded by two coders.
 * Texts written for these tests; 𠮷 (outside the BMP) comes first so that code point and UTF-16
 * offsets differ.
 */
final class ReportFixture implements AutoCloseable {

	static final String GANSU = "𠮷县产业扶贫通知\n一、发展特色农业，加强东西部协作。\n二、人才联育是重点。\n"; //$NON-NLS-1$
	static final String FUJIAN = "闽宁协作方案\n加强东西部协作，推进产业合作。\n"; //$NON-NLS-1$

	final Project project;
	final AnnotationStore store;
	final Document gansu;
	final Document fujian;
	final Code industry;
	final Code cooperation;
	final Code talent;

	ReportFixture(Path temp) throws Exception {
		Path a = temp.resolve("gansu.txt"); //$NON-NLS-1$
		Path b = temp.resolve("fujian.txt"); //$NON-NLS-1$
		Files.writeString(a, GANSU, StandardCharsets.UTF_8);
		Files.writeString(b, FUJIAN, StandardCharsets.UTF_8);
		project = Project.create(temp.resolve("project"), "报告测试"); //$NON-NLS-1$ //$NON-NLS-2$
		ImportReport report = new Importer(project, ImportOptions.defaults()).importFiles(List.of(a, b), null);
		assertThat(project.documents()).as(report.toString()).hasSize(2);
		gansu = byName("gansu.txt"); //$NON-NLS-1$
		fujian = byName("fujian.txt"); //$NON-NLS-1$
		store = AnnotationStores.open(project.folder());
		industry = store.createCode(null, "产业", "#ffd966", null, null); //$NON-NLS-1$ //$NON-NLS-2$
		cooperation = store.createCode(industry.id(), "协作", "#9fc5e8", null, null); //$NON-NLS-1$ //$NON-NLS-2$
		talent = store.createCode(null, "人才", "#b6d7a8", null, null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Imports one more document from a file named {@code name} holding {@code text}. */
	Document add(String name, String text) throws Exception {
		Path file = project.folder().getParent().resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		ImportReport report = new Importer(project, ImportOptions.defaults()).importFiles(List.of(file), null);
		assertThat(report.toString()).isNotNull();
		return byName(name);
	}

	private Document byName(String name) {
		return project.documents().stream().filter(d -> d.current().sourceName().equals(name)).findFirst()
				.orElseThrow();
	}

	/** Codes the first occurrence of {@code part} in the document's current text. */
	Annotation code(Document d, String part, String coder, String memo, Code... codes) throws Exception {
		String text = project.readText(d, d.current());
		int i = text.indexOf(part);
		assertThat(i).as(part).isNotNegative();
		int start = CodePoints.toCodePoint(text, i);
		int end = start + CodePoints.length(part);
		List<String> ids = new ArrayList<>();
		for (Code c : codes) {
			ids.add(c.id());
		}
		return store.addAnnotation(new NewAnnotation(d.id(), d.current().number(), start, end,
				TextQuote.of(text, start, end), ids, memo, coder));
	}

	/** @return the bytes {@code exporter} writes for {@code report} */
	static byte[] written(ReportExporter exporter, Report report) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.write(report, out);
		return out.toByteArray();
	}

	@Override
	public void close() throws Exception {
		store.close();
	}
}
