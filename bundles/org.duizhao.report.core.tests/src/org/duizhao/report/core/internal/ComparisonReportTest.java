package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.duizhao.compare.core.HunkType;
import org.duizhao.corpus.core.Document;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.report.core.PairComparison;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.text.core.CodePoints;
import org.junit.jupiter.api.Test;

/**
 * The comparison report on a real project: a pair in full (differences, shared passages, formulas,
 * annotations on either side), a base against several documents, HTML kept inert, CSV read back.
 */
class ComparisonReportTest extends WithTwoVersions {

	static final String P0 = "𠮷第一条 加强东西部协作，推进产业合作。\n"; //$NON-NLS-1$
	static final String P1 = "第二条 发展特色农业，增加农民收入，巩固脱贫攻坚成果。鼓励龙头企业到贫困地区建设生产基地。支持农民合作社参与产业扶贫。\n"; //$NON-NLS-1$
	static final String P2 = "第三条 人才联育是重点工作，每年选派干部挂职交流。\n"; //$NON-NLS-1$
	static final String P3 = "第四条 加大财政投入，统筹整合涉农资金用于扶贫项目。\n"; //$NON-NLS-1$
	static final String V1 = P0 + P1 + P2 + P3;
	static final String V2 = P0.replace("推进", "深化") + P2 + P3 + P1 + "第五条 新增一条。\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private ComparisonReport pair(List<String> codes, List<String> coders) throws Exception {
		return (ComparisonReport) ReportBuilder.build(ReportKind.COMPARISON, f.project, f.store,
				new ReportSelection(List.of("v1.txt", "v2.txt"), codes, coders), null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aPairHasItsDifferencesSharedPassagesFormulasAndAnnotations() throws Exception {
		f.code(v1, "推进产业合作", "甲", "A 边的备忘", f.industry); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.code(v2, "人才联育", "乙", "", f.talent); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ComparisonReport r = pair(null, null);
		assertThat(r.base()).isEqualTo(v1);
		assertThat(r.table()).hasSize(1);
		assertThat(r.table().get(0).document()).isEqualTo(v2);
		PairComparison p = r.pair();
		assertThat(p).isNotNull();
		assertThat(p.metrics().similarity()).isBetween(0.7, 0.99);
		assertThat(r.table().get(0).metrics()).isEqualTo(p.metrics());
		assertThat(p.differences()).extracting(Difference::type).contains(HunkType.CHANGE, HunkType.INSERT,
				HunkType.MOVE);
		Difference change = p.differences().stream().filter(d -> d.type() == HunkType.CHANGE).findFirst().orElseThrow();
		assertThat(change.aText()).isEqualTo("推进"); //$NON-NLS-1$
		assertThat(change.bText()).isEqualTo("深化"); //$NON-NLS-1$
		for (Difference d : p.differences()) {
			assertThat(d.number()).isEqualTo(p.differences().indexOf(d) + 1);
			assertThat(slice(V1, d.aStart(), d.aEnd())).isEqualTo(d.aText());
			assertThat(slice(V2, d.bStart(), d.bEnd())).isEqualTo(d.bText());
		}
		assertThat(p.differences()).anySatisfy(d -> assertThat(d.bText()).contains("新增")); //$NON-NLS-1$
		for (MatchedPassage s : p.shared()) {
			assertThat(slice(V1, s.aStart(), s.aEnd())).isEqualTo(s.aText());
			assertThat(slice(V2, s.bStart(), s.bEnd())).isEqualTo(s.bText());
		}
		assertThat(p.shared()).isNotEmpty();
		assertThat(p.shared().get(0).aStart()).isZero();
		assertThat(p.formulas()).anySatisfy(x -> assertThat(x.text()).contains("东西部协作")); //$NON-NLS-1$
		assertThat(p.a().passages()).singleElement()
				.satisfies(x -> assertThat(x.annotation().memo()).isEqualTo("A 边的备忘")); //$NON-NLS-1$
		assertThat(p.b().passages()).singleElement()
				.satisfies(x -> assertThat(x.codes()).containsExactly(f.talent));
		assertThat(p.a().text()).isEqualTo(V1);
	}

	@Test
	void codesAndCodersChooseTheAnnotationsShown() throws Exception {
		f.code(v1, "推进产业合作", "甲", "", f.industry); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.code(v2, "人才联育", "乙", "", f.talent); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		PairComparison byCoder = pair(null, List.of("乙")).pair(); //$NON-NLS-1$
		assertThat(byCoder.a().passages()).isEmpty();
		assertThat(byCoder.b().passages()).hasSize(1);
		PairComparison byCode = pair(List.of("产业"), null).pair(); //$NON-NLS-1$
		assertThat(byCode.a().passages()).hasSize(1);
		assertThat(byCode.b().passages()).isEmpty();
	}

	@Test
	void aBaseAgainstSeveralDocumentsGivesTheTable() throws Exception {
		Document copy = f.add("copy.txt", V1 + "\n"); //$NON-NLS-1$
		ComparisonReport r = ReportBuilder.comparison(f.project, f.store,
				new ReportSelection(List.of("v2.txt", "copy.txt", "v1.txt"), null, null, "v1.txt"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				org.duizhao.report.core.ComparisonSettings.defaults(), null);
		assertThat(r.pair()).isNull();
		assertThat(r.base()).isEqualTo(v1);
		assertThat(r.table()).extracting(x -> x.document()).containsExactly(v2, copy);
		assertThat(r.table().get(1).metrics().similarity()).isEqualTo(1.0);
		assertThat(r.table().get(1).kept()).isEqualTo(1.0);
		assertThat(r.table().get(1).sentences()).isGreaterThanOrEqualTo(3);
		assertThat(r.table().get(0).metrics().similarity()).isLessThan(1.0);
		assertThat(r.table().get(0).kept() + r.table().get(0).changed() + r.table().get(0).dropped())
				.isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(r.table().get(0).changed()).isPositive();
	}

	@Test
	void theDocumentsMustBeTwoOrABaseAndOthers() {
		assertThatThrownBy(() -> ReportBuilder.build(ReportKind.COMPARISON, f.project, f.store,
				new ReportSelection(List.of("v1.txt", "v2.txt", "gansu.txt"), null, null), null)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.isInstanceOf(IllegalArgumentException.class).hasMessage(Messages.errorComparisonTwo);
		assertThatThrownBy(() -> ReportBuilder.build(ReportKind.COMPARISON, f.project, f.store,
				new ReportSelection(List.of("v1.txt"), null, null, "v1.txt"), null)) //$NON-NLS-1$ //$NON-NLS-2$
				.isInstanceOf(IllegalArgumentException.class).hasMessage(Messages.errorComparisonOthers);
		assertThatThrownBy(() -> ReportBuilder.build(ReportKind.COMPARISON, f.project, f.store,
				new ReportSelection(List.of("v1.txt", "nothing.txt"), null, null), null)) //$NON-NLS-1$ //$NON-NLS-2$
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing.txt"); //$NON-NLS-1$
	}

	@Test
	void htmlShowsBothSidesAndKeepsHostileTextsAndMemosInert() throws Exception {
		Document evil = f.add("evil.txt", "第一条 加强东西部协作。" + HtmlExporterTest.HOSTILE + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
		var code = f.store.createCode(null, "<b onmouseover=alert(4)>码</b>", null, null, null); //$NON-NLS-1$
		f.code(evil, "加强东西部协作", "<i>coder</i>", HtmlExporterTest.HOSTILE, code); //$NON-NLS-1$ //$NON-NLS-2$
		f.code(v1, "推进产业合作", "甲", "备忘一", f.industry); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ComparisonReport r = (ComparisonReport) ReportBuilder.build(ReportKind.COMPARISON, f.project, f.store,
				new ReportSelection(List.of("v1.txt", "evil.txt"), null, null), null); //$NON-NLS-1$ //$NON-NLS-2$
		String html = HtmlExporterTest.html(r);
		assertThat(HtmlExporterTest.tags(html)).isSubsetOf(HtmlExporterTest.OUR_TAGS);
		HtmlExporterTest.onlyOurAttributes(html);
		assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
				.doesNotContainIgnoringCase("href=\"javascript");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
				.contains("&lt;b onmouseover=alert(4)&gt;码&lt;/b&gt;").contains("&lt;i&gt;coder&lt;/i&gt;");
		assertThat(html).contains("<table class=\"sbs\"><tr><th>A: " + v1.displayName() + "</th><th>B: " + evil.displayName() + "</th></tr>");
		assertThat(html).contains("<span class=\"sh\">第一条 加强东西部协作</span>").contains("<span class=\"chg\">&lt;script&gt;")
				.contains("<span class=\"del\" style=\"border-bottom:3px solid #ffd966\" title=\"产业\">推进产业合作</span>");
		assertThat(html).contains("<sup class=\"dn\">1</sup>").contains("备忘一").contains("href=\"#na1\"");
	}

	@Test
	void csvOfAPairAndOfABaseTableParseBackToTheModelsRows() throws Exception {
		Document multi = f.add("multi.txt", "第一条 加强东西部协作，\"推进\"产业合作，\n多行。\n"); //$NON-NLS-1$
		ComparisonReport pair = (ComparisonReport) ReportBuilder.build(ReportKind.COMPARISON, f.project, f.store,
				new ReportSelection(List.of("v1.txt", "multi.txt"), null, null), null); //$NON-NLS-1$ //$NON-NLS-2$
		List<List<String>> rows = CsvExporterTest.read(csv(pair));
		assertThat(rows.get(0)).isEqualTo(TableCsv.PAIR_COLUMNS);
		PairComparison p = pair.pair();
		assertThat(rows).hasSize(1 + p.differences().size() + p.shared().size() + p.parallels().size()
				+ p.formulas().size());
		Difference d = p.differences().get(0);
		assertThat(rows.get(1)).containsExactly(d.type().id(), "1", Integer.toString(d.aStart()), //$NON-NLS-1$
				Integer.toString(d.aEnd()), Integer.toString(d.bStart()), Integer.toString(d.bEnd()), d.aText(),
				d.bText(), ""); //$NON-NLS-1$
		assertThat(rows).anySatisfy(row -> assertThat(row.get(7)).contains("\"推进\"")); //$NON-NLS-1$
		assertThat(rows).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("shared")); //$NON-NLS-1$
		assertThat(rows).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("formula")); //$NON-NLS-1$

		ComparisonReport base = ReportBuilder.comparison(f.project, f.store,
				new ReportSelection(List.of("v2.txt", "multi.txt"), null, null, "v1.txt"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				org.duizhao.report.core.ComparisonSettings.defaults(), null);
		rows = CsvExporterTest.read(csv(base));
		assertThat(rows.get(0)).isEqualTo(TableCsv.BASE_COLUMNS);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).subList(0, 4)).containsExactly(v1.displayName(), v2.displayName(), v2.id(), //$NON-NLS-1$ //$NON-NLS-2$
				String.format(java.util.Locale.ROOT, "%.4f", base.table().get(0).metrics().similarity())); //$NON-NLS-1$
		assertThat(rows.get(2).get(2)).isEqualTo(multi.id()); //$NON-NLS-1$
	}

	private static byte[] csv(ComparisonReport r) throws Exception {
		return ReportFixture.written(new CsvExporter(), r);
	}

	private static String slice(String text, int start, int end) {
		return text.substring(CodePoints.toUtf16(text, start), CodePoints.toUtf16(text, end));
	}
}
