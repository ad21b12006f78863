package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.report.core.SegmentsReport;
import org.duizhao.testing.TestData;
import org.duizhao.text.core.CodePoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five real, messy seed texts, coded with overlapping passages: the HTML text read back (tags
 * stripped, entities decoded) is the document text, and the CSV parses to one row per passage with
 * its quote. Skipped when the seeds are absent.
 */
class SeedReportTest {

	@TempDir
	Path temp;

	@Test
	void htmlTextAndCsvRowsReadBackFromRealTexts() throws Exception {
		List<Path> seeds = TestData.seeds();
		Project project = Project.create(temp.resolve("p"), "seeds"); //$NON-NLS-1$ //$NON-NLS-2$
		new Importer(project, ImportOptions.defaults()).importFiles(seeds, null);
		assertThat(project.documents()).isNotEmpty();
		try (AnnotationStore store = AnnotationStores.open(project.folder())) {
			Code a = store.createCode(null, "甲", null, null, null); //$NON-NLS-1$
			Code b = store.createCode(null, "乙", null, null, null); //$NON-NLS-1$
			int made = 0;
			for (Document d : project.documents()) {
				String text = project.readText(d, d.current());
				int length = CodePoints.length(text);
				for (int s = 0; s + 30 <= length; s += Math.max(40, length / 9)) {
					add(store, d, text, s, s + 30, a);
					add(store, d, text, s + 15, s + 30 + 5, b); // overlaps the first
					made += 2;
				}
			}
			DocumentReport docs = ReportBuilder.documents(project, store, ReportSelection.all(), null);
			ByteArrayOutputStream html = new ByteArrayOutputStream();
			new HtmlExporter().write(docs, html);
			List<String> shown = texts(strict(html.toByteArray(), 0));
			assertThat(shown).hasSize(project.documents().size());
			for (int i = 0; i < shown.size(); i++) {
				assertThat(shown.get(i)).isEqualTo(SafeText.clean(docs.documents().get(i).text()));
			}

			SegmentsReport segs = ReportBuilder.segments(project, store, ReportSelection.all(), null);
			ByteArrayOutputStream csv = new ByteArrayOutputStream();
			new CsvExporter().write(segs, csv);
			List<List<String>> rows = CsvExporterTest.parse(strict(csv.toByteArray(), 3));
			assertThat(rows).hasSize(made + 1);
			var stored = store.annotations(AnnotationQuery.all());
			for (int i = 1; i < rows.size(); i++) {
				assertThat(rows.get(i)).hasSize(CsvExporter.COLUMNS.size());
				assertThat(rows.get(i).get(5)).isEqualTo(SafeText.clean(segs.rows().get(i - 1).passage().annotation().quote().exact()));
			}
			assertThat(stored).hasSize(made);
		}
	}

	private static void add(AnnotationStore store, Document d, String text, int start, int end, Code code)
			throws Exception {
		store.addAnnotation(new NewAnnotation(d.id(), d.current().number(), start, end, TextQuote.of(text, start, end),
				List.of(code.id()), null, "seed")); //$NON-NLS-1$
	}

	private static String strict(byte[] bytes, int skip) throws Exception {
		return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
	}

	/** @return the text of each document's text block, tags stripped and entities decoded */
	private static List<String> texts(String html) {
		List<String> out = new ArrayList<>();
		Matcher m = Pattern.compile("<div class=\"text\">(.*?)</div>", Pattern.DOTALL).matcher(html); //$NON-NLS-1$
		while (m.find()) {
			String plain = m.group(1).replaceAll("<[^>]*>", ""); //$NON-NLS-1$ //$NON-NLS-2$
			out.add(plain.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
					.replace("&amp;", "&")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return out;
	}
}
