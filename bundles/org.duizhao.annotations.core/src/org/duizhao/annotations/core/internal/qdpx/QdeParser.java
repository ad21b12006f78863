package org.duizhao.annotations.core.internal.qdpx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.duizhao.annotations.core.CodeColors;
import org.duizhao.annotations.core.exchange.ExchangeException;
import org.duizhao.annotations.core.internal.exchange.Iris;
import org.duizhao.annotations.core.internal.exchange.Messages;
import org.duizhao.annotations.core.internal.qdpx.QdeModel.QdeCode;
import org.duizhao.annotations.core.internal.qdpx.QdeModel.QdeNote;
import org.duizhao.annotations.core.internal.qdpx.QdeModel.QdeSelection;
import org.duizhao.annotations.core.internal.qdpx.QdeModel.QdeSource;
import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses {@code project.qde} into a {@link QdeModel}. The parser refuses DOCTYPEs (no external
 * entities, no entity expansion bombs); malformed XML is reported with its line and column.
 * Elements are matched by local name, so a file that forgot the namespace still reads.
 */
final class QdeParser {

	private final Map<String, byte[]> entries;
	private final QdeModel model = new QdeModel();

	/** @param entries the zip's {@code sources/} entries by name */
	private QdeParser(Map<String, byte[]> entries) {
		this.entries = entries;
	}

	static QdeModel parse(byte[] qde, Map<String, byte[]> entries) throws ExchangeException {
		Element root = dom(qde).getDocumentElement();
		if (!"Project".equals(local(root))) { //$NON-NLS-1$
			throw new ExchangeException(NLS.bind(Messages.qdpxNotProject, local(root)));
		}
		QdeParser p = new QdeParser(entries);
		p.project(root);
		return p.model;
	}

	private static Document dom(byte[] qde) throws ExchangeException {
		try {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setNamespaceAware(true);
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			f.setXIncludeAware(false);
			f.setExpandEntityReferences(false);
			DocumentBuilder b = f.newDocumentBuilder();
			b.setErrorHandler(null);
			return b.parse(new ByteArrayInputStream(qde));
		} catch (SAXParseException e) {
			throw new ExchangeException(NLS.bind(Messages.qdpxBadXml,
					new Object[] { e.getLineNumber(), e.getColumnNumber(), e.getMessage() }), e);
		} catch (SAXException | IOException | ParserConfigurationException e) {
			throw new ExchangeException(NLS.bind(Messages.qdpxBadXml, new Object[] { 0, 0, e.getMessage() }), e);
		}
	}

	private void project(Element root) {
		for (Element e : children(root)) {
			switch (local(e)) {
			case "Users" -> children(e, "User").forEach(u -> model.users.put(guid(u), u.getAttribute("name"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "CodeBook" -> children(e, "Codes").forEach(c -> codes(c, List.of())); //$NON-NLS-1$ //$NON-NLS-2$
			case "Sources" -> children(e).forEach(this::source); //$NON-NLS-1$
			case "Notes" -> children(e, "Note").forEach(this::note); //$NON-NLS-1$ //$NON-NLS-2$
			case "NoteRef" -> model.projectNoteRefs.add(Iris.strip(e.getAttribute("targetGUID"))); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				// variables, cases, links, sets, graphs: nothing Duizhao keeps
			}
			}
		}
	}

	private void codes(Element parent, List<String> parentPath) {
		for (Element c : children(parent, "Code")) { //$NON-NLS-1$
			String name = c.getAttribute("name").trim(); //$NON-NLS-1$
			if (name.isEmpty() || !Iris.isGuid(c.getAttribute("guid"))) { //$NON-NLS-1$
				model.problems.add(NLS.bind(Messages.qdpxBadCode, c.getAttribute("guid"))); //$NON-NLS-1$
				continue;
			}
			List<String> path = new ArrayList<>(parentPath);
			path.add(name);
			QdeCode code = new QdeCode(guid(c), List.copyOf(path), color(c.getAttribute("color")), //$NON-NLS-1$
					text(c, "Description")); //$NON-NLS-1$
			model.codes.add(code);
			model.codesByGuid.put(code.guid(), code);
			codes(c, path);
		}
	}

	private static String color(String rgb) {
		if (rgb.matches("#[0-9a-fA-F]{3}")) { //$NON-NLS-1$
			rgb = "#" + rgb.charAt(1) + rgb.charAt(1) + rgb.charAt(2) + rgb.charAt(2) + rgb.charAt(3) + rgb.charAt(3); //$NON-NLS-1$
		}
		return CodeColors.isValid(rgb) ? rgb.toLowerCase(java.util.Locale.ROOT) : null;
	}

	private void source(Element s) {
		String name = s.getAttribute("name"); //$NON-NLS-1$
		if (!"TextSource".equals(local(s))) { //$NON-NLS-1$
			model.problems.add(NLS.bind(Messages.qdpxNotText, local(s), name));
			return;
		}
		String[] missing = { null };
		String text = sourceText(s, missing);
		List<QdeSelection> selections = new ArrayList<>();
		for (Element sel : children(s, "PlainTextSelection")) { //$NON-NLS-1$
			selections.add(selection(sel));
		}
		model.sources.add(new QdeSource(guid(s), name.isBlank() ? guid(s) : name, text(s, "Description").strip(), //$NON-NLS-1$
				text, missing[0], selections, refs(s, "NoteRef"))); //$NON-NLS-1$
	}

	private String sourceText(Element s, String[] missing) {
		List<Element> inline = children(s, "PlainTextContent"); //$NON-NLS-1$
		if (!inline.isEmpty()) {
			return inline.get(0).getTextContent();
		}
		String path = s.getAttribute("plainTextPath"); //$NON-NLS-1$
		if (!path.startsWith(Qde.INTERNAL)) {
			missing[0] = NLS.bind(Messages.qdpxExternalSource, path.isEmpty() ? "-" : path); //$NON-NLS-1$
			return null;
		}
		byte[] bytes = entries.get(Qde.SOURCES + path.substring(Qde.INTERNAL.length()));
		if (bytes == null) {
			missing[0] = NLS.bind(Messages.qdpxMissingSource, path);
			return null;
		}
		try {
			String t = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
			return t.startsWith("\uFEFF") ? t.substring(1) : t; //$NON-NLS-1$
		} catch (CharacterCodingException e) {
			missing[0] = NLS.bind(Messages.qdpxSourceNotUtf8, path);
			return null;
		}
	}

	private QdeSelection selection(Element sel) {
		List<String> codes = new ArrayList<>();
		for (Element coding : children(sel, "Coding")) { //$NON-NLS-1$
			codes.addAll(refs(coding, "CodeRef")); //$NON-NLS-1$
		}
		return new QdeSelection(guid(sel), integer(sel.getAttribute("startPosition")), //$NON-NLS-1$
				integer(sel.getAttribute("endPosition")), sel.getAttribute("name"), text(sel, "Description"), codes, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Iris.strip(sel.getAttribute("creatingUser")), refs(sel, "NoteRef")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void note(Element n) {
		String text = text(n, "PlainTextContent"); //$NON-NLS-1$
		if (text.isEmpty() && !n.getAttribute("plainTextPath").isEmpty()) { //$NON-NLS-1$
			String[] missing = { null };
			String t = sourceText(n, missing);
			text = t == null ? "" : t; //$NON-NLS-1$
		}
		model.notes.put(guid(n),
				new QdeNote(guid(n), n.getAttribute("name"), text, Iris.strip(n.getAttribute("creatingUser")))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Integer integer(String s) {
		try {
			return Integer.valueOf(s.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String guid(Element e) {
		return Iris.strip(e.getAttribute("guid")); //$NON-NLS-1$
	}

	private static List<String> refs(Element e, String name) {
		return children(e, name).stream().map(r -> Iris.strip(r.getAttribute("targetGUID"))).toList(); //$NON-NLS-1$
	}

	private static String text(Element e, String child) {
		List<Element> c = children(e, child);
		return c.isEmpty() ? "" : c.get(0).getTextContent(); //$NON-NLS-1$
	}

	private static List<Element> children(Element e, String name) {
		return children(e).stream().filter(c -> name.equals(local(c))).toList();
	}

	private static List<Element> children(Element e) {
		List<Element> out = new ArrayList<>();
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element c) {
				out.add(c);
			}
		}
		return out;
	}

	private static String local(Element e) {
		return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
	}
}
