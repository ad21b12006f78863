package org.duizhao.report.core.internal.tei;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.duizhao.report.core.internal.SafeText;

/**
 * A thin layer over the JDK's {@link XMLStreamWriter} for TEI: the writer escapes markup but not
 * characters XML forbids, so every text and attribute value goes through {@link SafeText} here.
 */
final class Xml {

	static final String TEI_NS = "http://www.tei-c.org/ns/1.0"; //$NON-NLS-1$
	private static final String XML_NS = "http://www.w3.org/XML/1998/namespace"; //$NON-NLS-1$

	private final XMLStreamWriter out;

	Xml(OutputStream stream) throws XMLStreamException {
		out = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, StandardCharsets.UTF_8.name());
		out.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0"); //$NON-NLS-1$
		out.writeCharacters("\n"); //$NON-NLS-1$
	}

	/** Opens the root element, declaring the TEI namespace as the default one. */
	Xml root(String name) throws XMLStreamException {
		out.setDefaultNamespace(TEI_NS);
		out.writeStartElement(TEI_NS, name);
		out.writeDefaultNamespace(TEI_NS);
		return this;
	}

	Xml start(String name) throws XMLStreamException {
		out.writeStartElement(TEI_NS, name);
		return this;
	}

	Xml attr(String name, String value) throws XMLStreamException {
		out.writeAttribute(name, SafeText.clean(value));
		return this;
	}

	/** Writes {@code xml:name="value"} ({@code xml:id}, {@code xml:space}). */
	Xml xmlAttr(String name, String value) throws XMLStreamException {
		out.writeAttribute("xml", XML_NS, name, SafeText.clean(value)); //$NON-NLS-1$
		return this;
	}

	Xml text(String text) throws XMLStreamException {
		out.writeCharacters(SafeText.clean(text));
		return this;
	}

	Xml end() throws XMLStreamException {
		out.writeEndElement();
		return this;
	}

	/** Writes {@code <name>text</name>}. */
	Xml element(String name, String text) throws XMLStreamException {
		return start(name).text(text).end();
	}

	/** Writes {@code <name>text</name>} unless the text is empty. */
	Xml optional(String name, String text) throws XMLStreamException {
		return text == null || text.isBlank() ? this : element(name, text);
	}

	/** A line break between elements, for people who read the file. */
	Xml newline() throws XMLStreamException {
		out.writeCharacters("\n"); //$NON-NLS-1$
		return this;
	}

	void finish() throws XMLStreamException {
		out.writeEndDocument();
		out.flush();
		out.close();
	}

	/** @return {@code raw} made into a valid XML name part: ASCII letters, digits, '-', '_' and '.' stay */
	static String idPart(String raw) {
		StringBuilder b = new StringBuilder();
		raw.codePoints().forEach(cp -> b.appendCodePoint(
				cp < 0x80 && Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' ? cp : '_'));
		return b.toString();
	}
}
