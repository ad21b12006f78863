package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.report.core.Passage;
import org.duizhao.report.core.Segment;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.report.core.SegmentsReport;
import org.junit.jupiter.api.Test;

/** The segments table as CSV: BOM, RFC 4180, and parsed back to the same rows. */
class CsvExporterTest extends WithReportFixture {

	private static byte[] csv(org.duizhao.report.core.Report r) throws Exception {
		return ReportFixture.written(new CsvExporter(), r);
	}

	/** A strict RFC 4180 reader written for this test: fails on anything malformed. */
	static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			if (text.charAt(i) == '"') {
				i++;
				while (true) {
					assertThat(i).as("unterminated quote").isLessThan(text.length());
					char c = text.charAt(i++);
					if (c == '"') {
						if (i < text.length() && text.charAt(i) == '"') {
							field.append('"');
							i++;
						} else {
							break;
						}
					} else {
						field.append(c);
					}
				}
			} else {
				while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
					assertThat(text.charAt(i)).as("bare quote or LF in unquoted field").isNotIn('"', '\n');
					field.append(text.charAt(i++));
				}
			}
			row.add(field.toString());
			field.setLength(0);
			assertThat(i).as("record must end with CRLF").isLessThan(text.length());
			if (text.charAt(i) == ',') {
				i++;
			} else {
				assertThat(text.substring(i, Math.min(i + 2, text.length()))).isEqualTo("\r\n");
				i += 2;
				rows.add(row);
				row = new ArrayList<>();
			}
		}
		return rows;
	}

	static List<List<String>> read(byte[] bytes) throws Exception {
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 3, bytes.length - 3)).toString();
		return parse(text);
	}

	@Test
	void parsesBackToTheSameRows() throws Exception {
		f.project.updateMetadata(f.gansu.id(), Metadata.empty().withTitle("甘肃, \"通知\"").withRegion("甘肃")
				.withDate("2020-05-01").withTags(List.of("扶贫", "协作")));
		f.code(f.project.document(f.gansu.id()).orElseThrow(), "发展特色农业", "甲", "多行\n备忘, 带\"引号\"",
				f.industry, f.cooperation);
		f.code(f.fujian, "东西部协作", " 乙 ", "", f.cooperation);
		List<List<String>> rows = read(csv(ReportBuilder.segments(f.project, f.store, ReportSelection.all(), null)));
		assertThat(rows.get(0)).isEqualTo(CsvExporter.COLUMNS);
		assertThat(rows).hasSize(3);
		List<String> gansu = rows.stream().filter(r -> r.get(1).equals(f.gansu.id())).findFirst().orElseThrow();
		assertThat(gansu).containsExactly("甘肃, \"通知\"", f.gansu.id(), "1", "11", "17", "发展特色农业",
				"产业; 产业/协作", "甲", "多行\n备忘, 带\"引号\"", "甘肃, \"通知\"", "", "2020-05-01", "甘肃", "", "扶贫; 协作");
		List<String> fujian = rows.stream().filter(r -> r.get(1).equals(f.fujian.id())).findFirst().orElseThrow();
		assertThat(fujian.get(0)).isEqualTo(f.fujian.displayName());
		assertThat(fujian.get(6)).isEqualTo("产业/协作");
		assertThat(fujian.get(7)).isEqualTo(" 乙 ");
	}

	@Test
	void astralControlAndLoneSurrogatesGiveWellFormedUtf8() throws Exception {
		f.code(f.gansu, "𠮷县", "甲", "", f.talent);
		SegmentsReport real = ReportBuilder.segments(f.project, f.store, ReportSelection.all(), null);
		List<List<String>> rows = read(csv(real));
		assertThat(rows.get(1).subList(3, 6)).containsExactly("0", "2", "𠮷县");
		// the SQLite store already turns lone surrogates into '?', so the row is built by hand here
		String bad = "𠮷\u0000x\u001b\ud800,\udc00\"\r\n";
		Segment s = real.rows().get(0);
		Annotation a = s.passage().annotation();
		Annotation worse = new Annotation(a.id(), a.documentId(), 1, 0, 2, new TextQuote(bad, "", ""), a.codeIds(), bad,
				bad, a.created(), null, null, 1);
		SegmentsReport r = new SegmentsReport(bad, List.of(),
				List.of(new Segment(s.document(), new Passage(worse, s.passage().codes()), List.of(bad, bad))));
		rows = read(csv(r));
		String clean = "𠮷\uFFFDx\uFFFD\uFFFD,\uFFFD\"\r\n";
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).get(5)).isEqualTo(clean);
		assertThat(rows.get(1).get(6)).isEqualTo(clean + CsvExporter.CODE_SEPARATOR + clean);
		assertThat(rows.get(1).get(7)).isEqualTo(clean);
		assertThat(rows.get(1).get(8)).isEqualTo(clean);
	}

	/** The annotated documents as a table: their passages on the current texts, in the segments' columns. */
	@Test
	void theDocumentKindIsItsPassages() throws Exception {
		f.code(f.gansu, "发展特色农业", "甲", "备忘", f.industry, f.cooperation);
		f.code(f.gansu, "𠮷县", "乙", "", f.talent);
		f.code(f.fujian, "东西部协作", "甲", "", f.cooperation);
		DocumentReport r = ReportBuilder.documents(f.project, f.store, new ReportSelection(null, List.of("产业"), null),
				null);
		List<List<String>> rows = read(csv(r));
		assertThat(rows.get(0)).isEqualTo(CsvExporter.COLUMNS);
		assertThat(rows).hasSize(3); // 𠮷县 carries only 人才, which is not chosen
		assertThat(rows.get(1).subList(1, 9)).containsExactly(f.gansu.id(), "1", "11", "17", "发展特色农业",
				"产业; 产业/协作", "甲", "备忘");
		assertThat(rows.get(2).get(1)).isEqualTo(f.fujian.id());
		assertThat(rows.get(2).get(6)).isEqualTo("产业/协作");
		assertThat(new CsvExporter().kinds()).containsExactlyInAnyOrder(org.duizhao.report.core.ReportKind.values());
	}
}
