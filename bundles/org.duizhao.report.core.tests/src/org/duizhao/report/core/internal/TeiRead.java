package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.duizhao.report.core.Report;
import org.duizhao.report.core.internal.tei.TeiExporter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * TEI read back with the JDK's namespace-aware parser, and the checks every TEI report must pass:
 * the TEI namespace, unique {@code xml:id}s, and every pointer ({@code @ana}, {@code @target},
 * {@code @resp}, {@code @source}, {@code @corresp}, {@code @next}, {@code @prev}) naming one of them.
 */
final class TeiRead {

	static final String TEI = "http://www.tei-c.org/ns/1.0"; //$NON-NLS-1$
	static final String XML = "http://www.w3.org/XML/1998/namespace"; //$NON-NLS-1$
	private static final List<String> POINTERS = List.of("ana", "target", "resp", "source", "corresp", "next", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"prev"); //$NON-NLS-1$

	private TeiRead() {
	}

	/** @return the root of {@code r} in TEI, after checking the namespace, the ids and the pointers */
	static Element root(Report r) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TeiExporter().write(r, out);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()))
				.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(TEI);
		pointersResolve(root);
		return root;
	}

	static List<Element> all(Element root, String name) {
		NodeList list = root.getElementsByTagNameNS(TEI, name);
		List<Element> out = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			out.add((Element) list.item(i));
		}
		return out;
	}

	/** @return the elements of {@code root} by their {@code xml:id} */
	static Map<String, Element> byId(Element root) {
		Map<String, Element> ids = new HashMap<>();
		for (Element e : all(root, "*")) { //$NON-NLS-1$
			String id = e.getAttributeNS(XML, "id"); //$NON-NLS-1$
			if (!id.isEmpty()) {
				assertThat(ids.put(id, e)).as("duplicate xml:id " + id).isNull(); //$NON-NLS-1$
			}
		}
		return ids;
	}

	/** @return the element {@code #id} names */
	static Element at(Element root, String pointer) {
		assertThat(pointer).startsWith("#"); //$NON-NLS-1$
		return byId(root).get(pointer.substring(1));
	}

	private static void pointersResolve(Element root) {
		Set<String> ids = new HashSet<>(byId(root).keySet());
		int pointers = 0;
		for (Element e : all(root, "*")) { //$NON-NLS-1$
			for (String attribute : POINTERS) {
				for (String p : e.getAttribute(attribute).split("\\s+")) { //$NON-NLS-1$
					if (p.isEmpty()) {
						continue;
					}
					assertThat(p).as(e.getLocalName() + "/@" + attribute).startsWith("#"); //$NON-NLS-1$ //$NON-NLS-2$
					assertThat(ids).as(e.getLocalName() + "/@" + attribute).contains(p.substring(1)); //$NON-NLS-1$
					pointers++;
				}
			}
		}
		assertThat(pointers).isPositive();
	}
}
