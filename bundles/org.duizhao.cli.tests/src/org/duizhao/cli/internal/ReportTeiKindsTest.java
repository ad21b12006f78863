package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duizhao.cli.internal.CliHarness.runOk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code duizhao report --format tei} for the coded segments, a comparison (a pair, and a base
 * against others) and the agreement, on a project imported and coded through the CLI; each file is
 * read back with the JDK's namespace-aware parser and every {@code @target} and {@code @ana} names an
 * {@code xml:id} in it.
 */
class ReportTeiKindsTest extends WithCodedVersions {

	private static final String TEI = "http://www.tei-c.org/ns/1.0";
	private static final String XML = "http://www.w3.org/XML/1998/namespace";

	/** Writes the report as TEI and reads it back, checking that its pointers resolve. */
	private Element tei(String... options) throws Exception {
		Path out = dir.resolve("report.xml");
		List<String> args = new ArrayList<>(List.of("report", "--project", project, "--format", "tei", "-o",
				out.toString()));
		args.addAll(List.of(options));
		runOk(args.toArray(String[]::new));
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		Element root = f.newDocumentBuilder().parse(out.toFile()).getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(TEI);
		Map<String, Element> ids = ids(root);
		for (Element e : all(root, "*")) {
			for (String attribute : List.of("target", "ana", "resp", "source", "corresp")) {
				for (String p : e.getAttribute(attribute).split(" ")) {
					if (!p.isEmpty()) {
						assertThat(ids).as(p).containsKey(p.substring(1));
					}
				}
			}
		}
		return root;
	}

	private static List<Element> all(Element root, String name) {
		NodeList list = root.getElementsByTagNameNS(TEI, name);
		List<Element> out = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			out.add((Element) list.item(i));
		}
		return out;
	}

	private static Map<String, Element> ids(Element root) {
		Map<String, Element> ids = new HashMap<>();
		for (Element e : all(root, "*")) {
			if (!e.getAttributeNS(XML, "id").isEmpty()) {
				ids.put(e.getAttributeNS(XML, "id"), e);
			}
		}
		return ids;
	}

	@Test
	void segmentsAreQuotationsUnderTheirCodes() throws Exception {
		Element root = tei("--kind", "segments");
		assertThat(root.getLocalName()).isEqualTo("TEI");
		List<Element> divs = all(root, "div");
		assertThat(divs).extracting(d -> all(d, "head").get(0).getTextContent()).containsExactly("协作 (2)", "人才 (1)");
		assertThat(all(divs.get(0), "quote")).extracting(Element::getTextContent).containsExactly("东西部协作",
				"东西部协作");
		assertThat(all(divs.get(1), "biblScope").get(1).getAttribute("from")).isEqualTo("24");
		assertThat(all(root, "note")).singleElement()
				.satisfies(n -> assertThat(n.getTextContent()).isEqualTo("<img src=x onerror=alert(1)>"));
		assertThat(all(root, "img")).isEmpty();
	}

	@Test
	void aComparisonAlignsBothTexts() throws Exception {
		Element root = tei("--kind", "comparison", "--docs", "v1.txt,v2.txt");
		assertThat(root.getLocalName()).isEqualTo("teiCorpus");
		Map<String, Element> ids = ids(root);
		Element change = all(root, "link").stream().filter(l -> l.getAttribute("type").equals("change")).findFirst()
				.orElseThrow();
		String[] ends = change.getAttribute("target").split(" ");
		assertThat(ids.get(ends[0].substring(1)).getTextContent()).isEqualTo("推进");
		assertThat(ids.get(ends[1].substring(1)).getTextContent()).isEqualTo("深化");
		assertThat(ids.get("b").getTextContent()).contains("<script>新增</script>");
		assertThat(all(root, "script")).isEmpty();
		assertThat(all(ids.get("a"), "note")).singleElement()
				.satisfies(n -> assertThat(n.getTextContent()).isEqualTo("<img src=x onerror=alert(1)>"));

		Element base = tei("--kind", "comparison", "--base", "v1.txt", "--docs", "v2.txt,v3.txt");
		List<Element> rows = all(all(base, "table").get(0), "row");
		assertThat(rows).hasSize(3);
		Element similarity = all(rows.get(2), "measure").get(0);
		assertThat(similarity.getAttribute("type")).isEqualTo("similarity");
		assertThat(Double.parseDouble(similarity.getAttribute("quantity"))).isBetween(0.3, 0.99); // v3 is v1's first line
	}

	@Test
	void agreementIsATable() throws Exception {
		Element root = tei("--kind", "agreement", "--coders", "甲,乙");
		assertThat(all(root, "respStmt")).extracting(r -> all(r, "name").get(0).getTextContent())
				.containsExactly("甲", "乙");
		List<Element> rows = all(all(root, "table").get(0), "row");
		assertThat(rows).hasSize(3);
		assertThat(all(rows.get(1), "cell").get(0).getTextContent()).isEqualTo("协作");
		assertThat(all(rows.get(1), "measure").get(1).getAttribute("type")).isEqualTo("agreement");
		assertThat(all(rows.get(2), "cell").get(0).getTextContent()).isEqualTo("人才");
	}
}
