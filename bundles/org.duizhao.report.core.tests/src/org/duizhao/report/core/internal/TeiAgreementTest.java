package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duizhao.report.core.internal.TeiRead.all;

import java.util.List;

import org.assertj.core.data.Offset;
import org.duizhao.report.core.AgreementLine;
import org.duizhao.report.core.AgreementReport;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportSelection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The agreement in TEI, read back: a {@code <table>} with a row per code whose cells hold the
 * figures as {@code <measure>}s and each coder's passages, the coders, documents and unit in the
 * header, hostile names. No TEI schema resolves from Maven Central, npm or Debian here, so the
 * structure is checked instead (see {@link TeiRead}).
 */
class TeiAgreementTest extends WithReportFixture {

	@BeforeEach
	void setUp() throws Exception {
		f.code(f.gansu, "发展特色农业", "甲", "", f.industry);
		f.code(f.gansu, "发展特色农业", "乙", "", f.industry);
		f.code(f.gansu, "人才联育", "甲", "", f.talent);
		f.code(f.fujian, "加强东西部协作", "甲", "", f.cooperation);
		f.code(f.fujian, "东西部协作", "乙", "", f.cooperation);
	}

	@Test
	void theTableHasARowPerCodeWithItsFigures() throws Exception {
		AgreementReport r = ReportBuilder.agreement(f.project, f.store, ReportSelection.all(), null);
		Element root = TeiRead.root(r);
		assertThat(root.getLocalName()).isEqualTo("TEI");
		assertThat(all(root, "respStmt")).extracting(e -> all(e, "name").get(0).getTextContent())
				.containsExactly("乙", "甲");
		assertThat(all(all(root, "listBibl").get(0), "bibl")).hasSize(2);
		assertThat(all(root, "editorialDecl").get(0).getTextContent()).contains(Messages.agreementUnitText);
		List<Element> rows = all(all(root, "table").get(0), "row");
		assertThat(rows).hasSize(1 + r.rows().size()).hasSize(4);
		assertThat(all(rows.get(0), "cell")).hasSize(5 + 2).allSatisfy(c -> assertThat(c.getAttribute("role")).isEqualTo("label"));
		for (int i = 0; i < r.rows().size(); i++) {
			AgreementLine line = r.rows().get(i);
			Element row = rows.get(i + 1);
			Element category = TeiRead.at(root, row.getAttribute("ana"));
			assertThat(all(category, "catDesc").get(0).getTextContent()).isEqualTo(line.code().name());
			List<Element> cells = all(row, "cell");
			assertThat(cells).hasSize(7);
			assertThat(cells.get(0).getTextContent()).isEqualTo(line.path());
			assertThat(quantity(cells.get(1))).isEqualTo(line.units());
			figure(cells.get(2), line.agreement());
			figure(cells.get(3), line.kappa());
			figure(cells.get(4), line.alpha());
			for (int c = 0; c < 2; c++) {
				assertThat(quantity(cells.get(5 + c))).isEqualTo(line.passages().get(c).longValue());
				Element coder = TeiRead.at(root, cells.get(5 + c).getAttribute("corresp"));
				assertThat(all(coder, "name").get(0).getTextContent()).isEqualTo(r.coders().get(c));
			}
		}
		assertThat(all(rows.get(3), "cell").get(6).getTextContent()).isEqualTo("1"); // 甲 alone used 人才
		assertThat(all(rows.get(3), "cell").get(5).getTextContent()).isEqualTo("0");
	}

	private static long quantity(Element cell) {
		return Long.parseLong(all(cell, "measure").get(0).getAttribute("quantity"));
	}

	/** A defined figure is a measure of its value; an undefined one a dash and no measure. */
	private static void figure(Element cell, Double value) {
		if (value == null) {
			assertThat(all(cell, "measure")).isEmpty();
			assertThat(cell.getTextContent()).isEqualTo("—");
			return;
		}
		assertThat(Double.parseDouble(all(cell, "measure").get(0).getAttribute("quantity"))).isCloseTo(value,
				Offset.offset(1e-4));
	}

	@Test
	void hostileNamesStayTextAndUndefinedFiguresAreDashes() throws Exception {
		Element root = TeiRead.root(HostileReports.agreement(f.gansu));
		assertThat(all(all(root, "respStmt").get(0), "name").get(0).getTextContent())
				.isEqualTo(HostileReports.CLEAN);
		List<Element> cells = all(all(all(root, "table").get(0), "row").get(1), "cell");
		assertThat(cells.get(0).getTextContent()).isEqualTo(HostileReports.CLEAN);
		assertThat(cells.get(3).getTextContent()).isEqualTo("—");
		assertThat(cells.get(4).getTextContent()).isEqualTo("—");
		assertThat(all(cells.get(4), "measure")).isEmpty();
		assertThat(all(root, "catDesc").get(0).getTextContent()).isEqualTo(HostileReports.CLEAN);
		assertThat(all(root, "title").get(0).getTextContent()).contains(HostileReports.CLEAN).contains("𠀀");
		assertThat(all(root, "script")).isEmpty();
	}
}
