package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import org.duizhao.corpus.core.Metadata;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.Passage;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportExporters;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.report.core.internal.tei.TeiExporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * TEI of the annotated documents read back with the JDK's namespace-aware parser: the structure (no
 * TEI schema is published on Maven Central, nor in a package of npm or Debian that we found, so it is
 * not validated against one; see {@link TeiRead} for the checks every TEI report passes), each passage's {@code <seg>} chain equal to
 * its quote even where passages overlap, the taxonomy, the notes, the headers, hostile text.
 */
class TeiExporterTest extends WithReportFixture {

	private static final String TEI = "http://www.tei-c.org/ns/1.0";
	private static final String XML = "http://www.w3.org/XML/1998/namespace";

	private static List<Element> all(Element root, String name) {
		NodeList list = root.getElementsByTagNameNS(TEI, name);
		List<Element> out = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			out.add((Element) list.item(i));
		}
		return out;
	}

	/** @return the text of each passage: its first {@code <seg>} and those its {@code @next} chain names */
	static Map<String, String> passages(Element root) {
		Map<String, Element> byId = new HashMap<>();
		for (Element seg : all(root, "seg")) {
			byId.put(seg.getAttributeNS(XML, "id"), seg);
		}
		Map<String, String> out = new HashMap<>();
		for (Element seg : byId.values()) {
			if (!seg.getAttribute("prev").isEmpty()) {
				continue;
			}
			StringBuilder text = new StringBuilder();
			for (Element e = seg; e != null; e = e.getAttribute("next").isEmpty() ? null
					: byId.get(e.getAttribute("next").substring(1))) {
				text.append(e.getTextContent());
			}
			out.put(seg.getAttributeNS(XML, "id"), text.toString());
		}
		return out;
	}

	@Test
	void segsCarryTheQuotesEvenWhereTheyOverlap() throws Exception {
		f.project.updateMetadata(f.gansu.id(), Metadata.empty().withTitle("甘肃通知").withIssuer("县政府")
				.withDate("2020-05-01").withTags(List.of("扶贫")));
		f.code(f.project.document(f.gansu.id()).orElseThrow(), "发展特色农业", "甲", "特色是关键", f.industry);
		f.code(f.gansu, "特色农业，加强", "乙", "", f.cooperation);
		f.code(f.gansu, "农业", "乙", "", f.talent, f.industry);
		f.code(f.gansu, "𠮷县", "甲", "", f.talent);
		f.code(f.fujian, "东西部协作", "甲", "", f.cooperation);
		DocumentReport r = ReportBuilder.documents(f.project, f.store, ReportSelection.all(), null);
		Element root = TeiRead.root(r);
		assertThat(root.getLocalName()).isEqualTo("teiCorpus");
		assertThat(root.getNamespaceURI()).isEqualTo(TEI);
		assertThat(all(root, "TEI")).hasSize(2);

		Map<String, String> texts = passages(root);
		List<String> quotes = new ArrayList<>();
		for (var d : r.documents()) {
			for (Passage p : d.passages()) {
				quotes.add(p.annotation().quote().exact());
			}
		}
		assertThat(texts.values()).containsExactlyInAnyOrderElementsOf(quotes);
		Element overlap = all(root, "seg").stream()
				.filter(s -> s.getAttribute("ana").contains("#code-" + f.talent.id())
						&& s.getTextContent().equals("农业"))
				.findFirst().orElseThrow();
		assertThat(overlap.getAttribute("ana")).contains("#code-" + f.industry.id());
		assertThat(overlap.getParentNode().getLocalName()).isEqualTo("seg");

		Element ab = all(root, "ab").get(0);
		assertThat(ab.getAttributeNS(XML, "space")).isEqualTo("preserve");
		String abText = ab.getTextContent().replace("特色是关键", "");
		assertThat(abText).isEqualTo(ReportFixture.GANSU);

		List<Element> notes = all(ab, "note");
		assertThat(notes).hasSize(1);
		String target = notes.get(0).getAttribute("target").substring(1);
		assertThat(texts.get(target)).isEqualTo("发展特色农业");
		assertThat(notes.get(0).getAttribute("resp")).startsWith("#coder-");
		assertThat(all(root, "respStmt")).extracting(e -> all(e, "name").get(0).getTextContent())
				.containsExactly("甲", "乙");

		Element taxonomy = all(root, "taxonomy").get(0);
		assertThat(taxonomy.getParentNode().getLocalName()).isEqualTo("classDecl");
		Element industry = all(taxonomy, "category").get(0);
		assertThat(industry.getAttributeNS(XML, "id")).isEqualTo("code-" + f.industry.id());
		assertThat(all(industry, "catDesc").get(0).getTextContent()).isEqualTo("产业");
		assertThat(all(industry, "category")).extracting(e -> e.getAttributeNS(XML, "id"))
				.containsExactly("code-" + f.cooperation.id());
		assertThat(industry.getAttribute("style")).isEqualTo("background-color:#ffd966");
		assertThat(industry.getAttribute("n")).startsWith("passages=2 coverage=");

		Element gansuHeader = all(all(root, "TEI").get(0), "teiHeader").get(0);
		assertThat(all(gansuHeader, "title").get(0).getTextContent()).isEqualTo("甘肃通知");
		assertThat(all(gansuHeader, "publisher").get(0).getTextContent()).isEqualTo("县政府");
		assertThat(all(gansuHeader, "date").get(0).getTextContent()).isEqualTo("2020-05-01");
		assertThat(all(gansuHeader, "term").get(0).getTextContent()).isEqualTo("扶贫");
		assertThat(all(gansuHeader, "idno").get(0).getTextContent()).isEqualTo(f.gansu.id());
		Element publication = all(gansuHeader, "publicationStmt").get(0);
		assertThat(((Element) publication.getElementsByTagNameNS("*", "*").item(0)).getLocalName())
				.isEqualTo("distributor"); // TEI wants an agency before the idno
	}

	@Test
	void hostileTextStaysWellFormedAndIsCarriedAsText() throws Exception {
		Element root = TeiRead.root(HostileReports.document(f.gansu));
		Map<String, String> texts = passages(root);
		assertThat(texts.values()).containsExactly(HostileReports.CLEAN);
		assertThat(all(root, "script")).isEmpty();
		assertThat(all(root, "note").get(0).getTextContent()).contains(HostileReports.CLEAN);
		assertThat(all(root, "catDesc").get(0).getTextContent()).isEqualTo(HostileReports.CLEAN);
		assertThat(all(root, "category").get(0).getAttribute("style")).isEqualTo("background-color:#ffd966");
		assertThat(all(root, "ab").get(0).getTextContent()).startsWith("甲乙\n" + HostileReports.CLEAN).contains("𠀀");
	}

	@Test
	void carriesEveryKind() {
		assertThat(new TeiExporter().kinds()).containsExactlyInAnyOrder(ReportKind.values());
		assertThat(ReportExporters.all().stream().filter(e -> e.kinds().contains(ReportKind.AGREEMENT))
				.map(ReportExporter::format)).contains("tei");
	}
}
