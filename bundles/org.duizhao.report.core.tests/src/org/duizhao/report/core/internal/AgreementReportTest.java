package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.duizhao.report.core.AgreementLine;
import org.duizhao.report.core.AgreementReport;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agreement report on a real project: the table per code, the coders, HTML and CSV. */
class AgreementReportTest extends WithReportFixture {

	@BeforeEach
	void setUp() throws Exception {
		// both code the same passage with 产业; only 甲 uses 人才; 协作 differs by two characters
		f.code(f.gansu, "发展特色农业", "甲", "", f.industry); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.code(f.gansu, "发展特色农业", "乙", "", f.industry); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.code(f.gansu, "人才联育", "甲", "", f.talent); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.code(f.fujian, "加强东西部协作", "甲", "", f.cooperation); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.code(f.fujian, "东西部协作", "乙", "", f.cooperation); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private AgreementReport report(ReportSelection selection) throws Exception {
		return (AgreementReport) ReportBuilder.build(ReportKind.AGREEMENT, f.project, f.store, selection, null);
	}

	@Test
	void everyCoderAndCodeByDefault() throws Exception {
		AgreementReport r = report(ReportSelection.all());
		assertThat(r.coders()).containsExactly("乙", "甲"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(r.documents()).hasSize(2);
		assertThat(r.rows()).extracting(AgreementLine::path).containsExactly("产业", "产业/协作", "人才"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		long units = f.gansu.current().characters() + f.fujian.current().characters();
		AgreementLine industry = r.rows().get(0);
		assertThat(industry.units()).isEqualTo(units);
		assertThat(industry.agreement()).isEqualTo(1.0);
		assertThat(industry.kappa()).isEqualTo(1.0);
		assertThat(industry.alpha()).isEqualTo(1.0);
		assertThat(industry.passages()).containsExactly(1, 1);
		AgreementLine cooperation = r.rows().get(1);
		assertThat(cooperation.agreement()).isEqualTo(1.0 - 2.0 / units);
		assertThat(cooperation.kappa()).isBetween(0.7, 0.99);
		AgreementLine talent = r.rows().get(2);
		assertThat(talent.passages()).containsExactly(0, 1);
		assertThat(talent.kappa()).isZero();
	}

	@Test
	void documentsCodesAndCodersChoose() throws Exception {
		AgreementReport r = report(new ReportSelection(List.of("gansu.txt"), List.of("人才"), List.of("甲", "乙"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(r.coders()).containsExactly("甲", "乙"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(r.documents()).containsExactly(f.gansu);
		assertThat(r.rows()).singleElement().satisfies(l -> {
			assertThat(l.code()).isEqualTo(f.talent);
			assertThat(l.units()).isEqualTo(f.gansu.current().characters());
			assertThat(l.passages()).containsExactly(1, 0);
		});
		assertThatThrownBy(() -> report(new ReportSelection(null, null, List.of("甲")))) //$NON-NLS-1$
				.isInstanceOf(IllegalArgumentException.class).hasMessage(Messages.errorAgreementCoders);
	}

	@Test
	void htmlNamesTheSettingsAndKeepsHostileNamesInert() throws Exception {
		var code = f.store.createCode(null, "<script>alert(1)</script>", null, null, null); //$NON-NLS-1$
		f.code(f.gansu, "人才联育", "<img src=x onerror=alert(2)>", HtmlExporterTest.HOSTILE, code); //$NON-NLS-1$ //$NON-NLS-2$
		String html = HtmlExporterTest.html(report(ReportSelection.all()));
		assertThat(HtmlExporterTest.tags(html)).isSubsetOf(HtmlExporterTest.OUR_TAGS);
		HtmlExporterTest.onlyOurAttributes(html);
		assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.contains("&lt;img src=x onerror=alert(2)&gt;");
		assertThat(html).contains(Messages.agreementUnitText.replace("'", "&#39;")).contains(f.gansu.displayName()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.contains("&lt;img src=x onerror=alert(2)&gt;</th>").contains("<td class=\"num\">—</td>"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void csvParsesBackToTheSameRows() throws Exception {
		AgreementReport r = report(ReportSelection.all());
		List<List<String>> rows = CsvExporterTest.read(ReportFixture.written(new CsvExporter(), r));
		assertThat(rows.get(0)).isEqualTo(TableCsv.AGREEMENT_COLUMNS);
		assertThat(rows).hasSize(4);
		String units = Long.toString(f.gansu.current().characters() + f.fujian.current().characters());
		assertThat(rows.get(1)).containsExactly("产业", f.industry.id(), units, "1.0000", "1.0000", "1.0000", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"乙; 甲", "1; 1", "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(rows.get(3).get(0)).isEqualTo("人才"); //$NON-NLS-1$
		assertThat(rows.get(3).get(7)).isEqualTo("0; 1"); //$NON-NLS-1$
	}

	/** DOCX carries the agreement as its table: the same columns and cells as CSV, read back with POI. */
	@Test
	void docxHoldsTheSameTableAsCsv() throws Exception {
		AgreementReport r = report(ReportSelection.all());
		Table table = Tables.of(r).orElseThrow();
		DocxExporterTest.read(DocxExporterTest.docx(r), doc -> {
			org.apache.poi.xwpf.usermodel.XWPFTable t = doc.getTables().get(0);
			assertThat(t.getRows()).hasSize(1 + r.rows().size());
			for (int c = 0; c < table.columns().size(); c++) {
				assertThat(t.getRow(0).getCell(c).getText()).isEqualTo(table.columns().get(c));
			}
			for (int i = 0; i < table.rows().size(); i++) {
				List<String> expected = Table.text(table.rows().get(i));
				for (int c = 0; c < expected.size(); c++) {
					assertThat(t.getRow(i + 1).getCell(c).getText()).isEqualTo(expected.get(c) == null ? "" : expected.get(c)); //$NON-NLS-1$
				}
			}
			assertThat(doc.getParagraphs().get(0).getText()).contains(r.projectName());
		});
	}
}
