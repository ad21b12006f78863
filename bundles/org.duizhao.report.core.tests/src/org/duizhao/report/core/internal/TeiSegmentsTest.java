package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duizhao.report.core.internal.TeiRead.XML;
import static org.duizhao.report.core.internal.TeiRead.all;

import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.report.core.CodeGroup;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.report.core.Segment;
import org.duizhao.report.core.SegmentsReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The coded segments in TEI, read back: one {@code <div type="code">} per code with a {@code <cit>}
 * per passage (its quote, the document it points at, the place, coder and memo), the taxonomy and
 * hostile text. No TEI schema resolves from Maven Central, npm or Debian here, so the structure is
 * checked instead (see {@link TeiRead}).
 */
class TeiSegmentsTest extends WithReportFixture {

	@Test
	void passagesAreQuotationsGroupedByCode() throws Exception {
		f.code(f.gansu, "发展特色农业", "甲", "特色是关键", f.industry, f.talent);
		f.code(f.gansu, "𠮷县", "乙", "", f.talent);
		f.code(f.fujian, "东西部协作", "甲", "", f.cooperation);
		SegmentsReport r = ReportBuilder.segments(f.project, f.store, ReportSelection.all(), null);
		Element root = TeiRead.root(r);
		assertThat(root.getLocalName()).isEqualTo("TEI");

		List<Element> divs = all(root, "div");
		assertThat(divs).hasSize(r.groups().size()).hasSize(3);
		for (int g = 0; g < divs.size(); g++) {
			CodeGroup group = r.groups().get(g);
			Element div = divs.get(g);
			assertThat(div.getAttribute("type")).isEqualTo("code");
			Element category = TeiRead.at(root, div.getAttribute("ana"));
			assertThat(category.getLocalName()).isEqualTo("category");
			assertThat(all(category, "catDesc").get(0).getTextContent()).isEqualTo(group.entry().code().name());
			List<Element> cits = all(div, "cit");
			assertThat(cits).hasSize(group.segments().size());
			for (int k = 0; k < cits.size(); k++) {
				cit(root, cits.get(k), group.segments().get(k));
			}
		}
		assertThat(all(divs.get(0), "head").get(0).getTextContent()).isEqualTo("产业 (1)");
		assertThat(all(divs.get(2), "head").get(0).getTextContent()).isEqualTo("人才 (2)");

		// the passage under two codes is the same row under both
		Element underIndustry = all(divs.get(0), "cit").get(0);
		Element underTalent = all(divs.get(2), "cit").stream()
				.filter(c -> all(c, "quote").get(0).getTextContent().equals("发展特色农业")).findFirst().orElseThrow();
		assertThat(underTalent.getAttribute("n")).isEqualTo(underIndustry.getAttribute("n"));
		assertThat(underTalent.getAttributeNS(XML, "id")).isNotEqualTo(underIndustry.getAttributeNS(XML, "id"));
		assertThat(underIndustry.getAttribute("ana").split(" ")).hasSize(2);
		assertThat(all(root, "note")).hasSize(2) // under each of its codes
				.allSatisfy(n -> assertThat(n.getTextContent()).isEqualTo("特色是关键"));

		// coders in order of appearance in the flat table: 𠮷县 comes first
		assertThat(all(root, "respStmt")).extracting(e -> all(e, "name").get(0).getTextContent())
				.containsExactly("乙", "甲");
		assertThat(all(all(root, "listBibl").get(0), "bibl")).hasSize(2);
		Element industry = all(all(root, "taxonomy").get(0), "category").get(0);
		assertThat(all(industry, "category")).extracting(e -> e.getAttributeNS(XML, "id"))
				.containsExactly("code-" + f.cooperation.id());
		assertThat(all(root, "refsDecl").get(0).getTextContent()).isEqualTo(Messages.teiOffsets);
	}

	/** Checks one {@code <cit>} against its segment. */
	private static void cit(Element root, Element cit, Segment s) {
		Annotation a = s.passage().annotation();
		Element quote = all(cit, "quote").get(0);
		assertThat(quote.getTextContent()).isEqualTo(a.quote().exact());
		Element bibl = TeiRead.at(root, quote.getAttribute("source"));
		assertThat(all(bibl, "idno").get(0).getTextContent()).isEqualTo(s.document().id());
		Element ref = all(cit, "bibl").get(0);
		assertThat(all(ref, "ptr").get(0).getAttribute("target")).isEqualTo(quote.getAttribute("source"));
		assertThat(all(ref, "title").get(0).getTextContent()).isEqualTo(s.document().displayName());
		List<Element> scopes = all(ref, "biblScope");
		assertThat(scopes.get(0).getAttribute("unit")).isEqualTo("version");
		assertThat(scopes.get(0).getTextContent()).isEqualTo(Integer.toString(a.version()));
		assertThat(scopes.get(1).getAttribute("unit")).isEqualTo("codepoint");
		assertThat(scopes.get(1).getAttribute("from")).isEqualTo(Integer.toString(a.start()));
		assertThat(scopes.get(1).getAttribute("to")).isEqualTo(Integer.toString(a.end()));
		Element coder = TeiRead.at(root, cit.getAttribute("resp"));
		assertThat(all(coder, "name").get(0).getTextContent()).isEqualTo(a.coder());
		assertThat(cit.getAttribute("ana").split(" ")).hasSize(s.passage().codes().size());
	}

	@Test
	void hostileTextStaysWellFormedAndIsCarriedAsText() throws Exception {
		Element root = TeiRead.root(HostileReports.groupedSegments(f.gansu));
		assertThat(all(root, "quote")).singleElement()
				.satisfies(q -> assertThat(q.getTextContent()).isEqualTo(HostileReports.CLEAN));
		assertThat(all(root, "note").get(0).getTextContent()).endsWith(HostileReports.CLEAN);
		assertThat(all(all(root, "respStmt").get(0), "name").get(0).getTextContent())
				.isEqualTo(HostileReports.CLEAN);
		assertThat(all(root, "title").get(0).getTextContent()).contains(HostileReports.CLEAN).contains("𠀀");
		assertThat(all(root, "head").get(0).getTextContent()).startsWith(HostileReports.CLEAN);
		assertThat(all(root, "script")).isEmpty();
	}

	@Test
	void noPassagesIsSaid() throws Exception {
		f.code(f.gansu, "𠮷县", "乙", "", f.talent);
		SegmentsReport r = ReportBuilder.segments(f.project, f.store,
				new ReportSelection(null, List.of("协作"), null), null);
		assertThat(r.groups()).isEmpty();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		new org.duizhao.report.core.internal.tei.TeiExporter().write(r, out);
		assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains(Messages.noPassages)
				.doesNotContain("<div").doesNotContain("<listBibl"); // TEI wants a bibl in every listBibl
	}
}
