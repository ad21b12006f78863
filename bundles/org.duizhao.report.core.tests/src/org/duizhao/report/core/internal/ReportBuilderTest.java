package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.LegendEntry;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.report.core.SegmentsReport;
import org.duizhao.text.core.CodePoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report models built from a real project and store: selection, counts, coverage, grouping. */
class ReportBuilderTest extends WithReportFixture {

	@BeforeEach
	void setUp() throws Exception {
		f.code(f.gansu, "发展特色农业", "甲", "", f.industry); // 6
		f.code(f.gansu, "特色农业，加强东西部协作", "乙", "重叠", f.cooperation); // 12, overlaps the first by 4
		f.code(f.gansu, "人才联育", "甲", null, f.talent); // 4
		f.code(f.fujian, "东西部协作", "甲", "", f.cooperation, f.industry); // 5
	}

	@Test
	void everyDocumentWithLegendCountsAndCoverage() throws Exception {
		DocumentReport r = ReportBuilder.documents(f.project, f.store, ReportSelection.all(), null);
		assertThat(r.documents()).hasSize(2);
		assertThat(r.legend()).extracting(LegendEntry::path).containsExactly("产业", "产业/协作", "人才");
		long total = CodePoints.length(ReportFixture.GANSU) + CodePoints.length(ReportFixture.FUJIAN);
		LegendEntry industry = r.legend().get(0);
		assertThat(industry.count()).isEqualTo(2);
		assertThat(industry.covered()).isEqualTo(6 + 5);
		assertThat(industry.coverage()).isCloseTo((double) 11 / total, within(1e-9));
		assertThat(r.legend().get(1).count()).isEqualTo(2);
		assertThat(r.legend().get(1).covered()).isEqualTo(12 + 5);
		assertThat(r.legend().get(2).covered()).isEqualTo(4);
	}

	@Test
	void choiceOfDocumentsCodesAndCoders() throws Exception {
		DocumentReport one = ReportBuilder.documents(f.project, f.store,
				new ReportSelection(List.of("fujian.txt"), null, null), null);
		assertThat(one.documents()).extracting(d -> d.document().id()).containsExactly(f.fujian.id());

		// a code brings its sub-codes; passages keep only the selected codes
		SegmentsReport industry = ReportBuilder.segments(f.project, f.store,
				new ReportSelection(null, List.of("产业"), null), null);
		assertThat(industry.rows()).hasSize(3);
		assertThat(industry.groups()).extracting(g -> g.entry().path()).containsExactly("产业", "产业/协作");

		SegmentsReport cooperation = ReportBuilder.segments(f.project, f.store,
				new ReportSelection(null, List.of("产业/协作"), List.of("甲")), null);
		assertThat(cooperation.rows()).hasSize(1);
		assertThat(cooperation.rows().get(0).codePaths()).containsExactly("产业/协作");
		assertThat(cooperation.rows().get(0).passage().annotation().quote().exact()).isEqualTo("东西部协作");
	}

	@Test
	void unknownNamesAreClearErrors() {
		assertThatThrownBy(() -> ReportBuilder.documents(f.project, f.store,
				new ReportSelection(List.of("nowhere.txt"), null, null), null)).hasMessageContaining("nowhere.txt");
		assertThatThrownBy(() -> ReportBuilder.segments(f.project, f.store,
				new ReportSelection(null, List.of("没有"), null), null)).hasMessageContaining("没有");
	}
}
