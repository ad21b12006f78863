package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duizhao.report.core.internal.TeiRead.XML;
import static org.duizhao.report.core.internal.TeiRead.all;

import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.duizhao.corpus.core.Document;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.ComparisonSettings;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.report.core.PairComparison;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The comparison in TEI, read back: both texts whole, every difference, shared and parallel passage a
 * {@code <seg>} chain on either side whose text is the model's, joined by a {@code <link>}; the
 * annotations on either side; the figures as {@code <measure>}s; the base table; hostile text. No
 * TEI schema resolves from Maven Central, npm or Debian here, so the structure is checked instead
 * (see {@link TeiRead}).
 */
class TeiComparisonTest extends WithTwoVersions {

	@Test
	void aPairIsBothTextsAlignedByLinks() throws Exception {
		f.code(v1, "推进产业合作", "甲", "A 边的备忘", f.industry);
		f.code(v2, "人才联育", "乙", "", f.talent);
		ComparisonReport r = (ComparisonReport) ReportBuilder.build(ReportKind.COMPARISON, f.project, f.store,
				new ReportSelection(List.of("v1.txt", "v2.txt"), null, null), null);
		PairComparison p = r.pair();
		Element root = TeiRead.root(r);
		assertThat(root.getLocalName()).isEqualTo("teiCorpus");
		assertThat(all(root, "TEI")).extracting(e -> e.getAttributeNS(XML, "id")).containsExactly("a", "b",
				"comparison");
		Element a = TeiRead.at(root, "#a");
		Element b = TeiRead.at(root, "#b");
		assertThat(textWithoutNotes(all(a, "ab").get(0))).isEqualTo(ComparisonReportTest.V1);
		assertThat(textWithoutNotes(all(b, "ab").get(0))).isEqualTo(ComparisonReportTest.V2);

		Map<String, String> chains = TeiExporterTest.passages(root);
		List<Element> diffs = links(root, "differences");
		assertThat(diffs).hasSize(p.differences().size()).isNotEmpty();
		for (int i = 0; i < diffs.size(); i++) {
			Difference d = p.differences().get(i);
			Element link = diffs.get(i);
			assertThat(link.getAttribute("type")).isEqualTo(d.type().id());
			assertThat(link.getAttribute("n")).isEqualTo(Integer.toString(d.number()));
			String[] ends = link.getAttribute("target").split(" ");
			assertThat(chains.get(ends[0].substring(1))).isEqualTo(d.aText());
			assertThat(chains.get(ends[1].substring(1))).isEqualTo(d.bText());
			assertThat(TeiRead.at(root, ends[0]).getAttribute("type")).isEqualTo(d.type().id());
		}
		matched(root, chains, links(root, "shared"), p.shared());
		matched(root, chains, links(root, "parallel"), p.parallels());
		links(root, "parallel").forEach(l -> assertThat(l.getAttribute("cert")).isNotEmpty());

		Element coded = all(a, "seg").stream().filter(s -> s.getAttribute("ana").equals("#code-" + f.industry.id()))
				.findFirst().orElseThrow();
		assertThat(chains.get(coded.getAttributeNS(XML, "id"))).isEqualTo("推进产业合作");
		assertThat(all(a, "note")).singleElement().satisfies(n -> {
			assertThat(n.getTextContent()).isEqualTo("A 边的备忘");
			assertThat(n.getAttribute("target")).isEqualTo("#" + coded.getAttributeNS(XML, "id"));
		});
		assertThat(all(b, "seg")).anySatisfy(s -> assertThat(s.getAttribute("ana")).isEqualTo("#code-" + f.talent.id()));
		assertThat(all(root, "category")).hasSize(2);

		Element similarity = measures(root, "similarity").get(0);
		assertThat(Double.parseDouble(similarity.getAttribute("quantity"))).isCloseTo(p.metrics().similarity(),
				Offset.offset(1e-4));
		assertThat(similarity.getAttribute("unit")).isEqualTo("share");
		assertThat(measures(root, "inserted")).extracting(m -> m.getAttribute("quantity")).contains(
				Long.toString(p.metrics().insertedChars()), Integer.toString(p.metrics().insertedSentences()));
		assertThat(rows(root, "formulas")).hasSize(1 + p.formulas().size());
		assertThat(rows(root, "base")).hasSize(2);
		assertThat(all(root, "editorialDecl").get(0).getAttribute("n")).startsWith("granularity=char ignore=");
	}

	@Test
	void aBaseAgainstSeveralIsItsTable() throws Exception {
		Document copy = f.add("copy.txt", ComparisonReportTest.V1 + "\n");
		ComparisonReport r = ReportBuilder.comparison(f.project, f.store,
				new ReportSelection(List.of("v2.txt", "copy.txt"), null, null, "v1.txt"),
				ComparisonSettings.defaults(), null);
		Element root = TeiRead.root(r);
		assertThat(all(root, "TEI")).singleElement()
				.satisfies(t -> assertThat(t.getAttributeNS(XML, "id")).isEqualTo("comparison"));
		assertThat(all(root, "linkGrp")).isEmpty();
		List<Element> rows = rows(root, "base");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).getAttribute("role")).isEqualTo("label");
		List<Document> others = List.of(v2, copy);
		for (int i = 0; i < 2; i++) {
			Element ref = all(rows.get(i + 1), "ref").get(0);
			assertThat(ref.getTextContent()).isEqualTo(others.get(i).displayName());
			assertThat(all(TeiRead.at(root, ref.getAttribute("target")), "idno").get(0).getTextContent())
					.isEqualTo(others.get(i).id());
		}
		assertThat(all(rows.get(2), "measure").get(0).getAttribute("quantity")).isEqualTo("1");
		assertThat(all(all(root, "listBibl").get(0), "bibl")).hasSize(3);
	}

	@Test
	void hostileTextStaysWellFormedAndIsCarriedAsText() throws Exception {
		Element root = TeiRead.root(HostileReports.comparison(f.gansu, f.fujian));
		Map<String, String> chains = TeiExporterTest.passages(root);
		assertThat(chains.get("a-diff1")).isEqualTo(HostileReports.CLEAN);
		assertThat(chains.get("a-p1")).isEqualTo(HostileReports.CLEAN);
		assertThat(chains.get("a-par1")).isEqualTo("\n" + HostileReports.CLEAN);
		assertThat(chains.get("b-diff1")).isEqualTo("丁");
		assertThat(all(all(root, "ab").get(0), "note").get(0).getTextContent()).endsWith(HostileReports.CLEAN);
		assertThat(all(rows(root, "formulas").get(1), "cell").get(0).getTextContent()).isEqualTo(HostileReports.CLEAN);
		assertThat(all(root, "title").get(0).getTextContent()).contains(HostileReports.CLEAN).contains("𠀀");
		assertThat(all(root, "script")).isEmpty();
	}

	private static void matched(Element root, Map<String, String> chains, List<Element> links,
			List<MatchedPassage> passages) {
		assertThat(links).hasSize(passages.size());
		for (int i = 0; i < links.size(); i++) {
			String[] ends = links.get(i).getAttribute("target").split(" ");
			assertThat(chains.get(ends[0].substring(1))).isEqualTo(passages.get(i).aText());
			assertThat(chains.get(ends[1].substring(1))).isEqualTo(passages.get(i).bText());
			assertThat(TeiRead.at(root, ends[1]).getAttribute("n")).isEqualTo(Integer.toString(i + 1));
		}
	}

	private static List<Element> links(Element root, String type) {
		return all(root, "linkGrp").stream().filter(g -> g.getAttribute("type").equals(type))
				.flatMap(g -> all(g, "link").stream()).toList();
	}

	private static List<Element> measures(Element root, String type) {
		return all(root, "measure").stream().filter(m -> m.getAttribute("type").equals(type)).toList();
	}

	private static List<Element> rows(Element root, String table) {
		return all(root, "table").stream().filter(t -> t.getAttribute("type").equals(table))
				.flatMap(t -> all(t, "row").stream()).toList();
	}

	/** @return the text of {@code e} without the text of the notes in it */
	static String textWithoutNotes(Node e) {
		StringBuilder b = new StringBuilder();
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n.getNodeType() == Node.TEXT_NODE) {
				b.append(n.getNodeValue());
			} else if (n.getNodeType() == Node.ELEMENT_NODE && !"note".equals(n.getLocalName())) {
				b.append(textWithoutNotes(n));
			}
		}
		return b.toString();
	}
}
