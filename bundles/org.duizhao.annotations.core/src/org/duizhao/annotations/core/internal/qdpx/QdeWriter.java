package org.duizhao.annotations.core.internal.qdpx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.internal.exchange.ExportData;
import org.duizhao.annotations.core.internal.exchange.Iris;
import org.duizhao.corpus.core.Document;

/**
 * Writes {@code project.qde} (QDA-XML 1.0, valid against {@code Project-mrt2019.xsd}): users,
 * codebook, one {@code TextSource} per document (named by its source file, its title as the
 * description) with its {@code PlainTextSelection}s and their
 * codings, and the memos as {@code Notes} referenced from their document or from the project.
 * Positions are code point offsets of the exported text, which is what REFI-QDA calls characters.
 */
final class QdeWriter {

	private final ExportData data;
	private final XMLStreamWriter xml;
	private final Map<String, List<Annotation>> placed;

	/** @param placed per document id, the annotations placed on its current text */
	QdeWriter(ExportData data, OutputStream out, Map<String, List<Annotation>> placed) throws IOException {
		this.data = data;
		this.placed = placed;
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"); //$NON-NLS-1$
		} catch (XMLStreamException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	void write() throws IOException {
		try {
			xml.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.setDefaultNamespace(Qde.NS);
			xml.writeStartElement(Qde.NS, "Project"); //$NON-NLS-1$
			xml.writeDefaultNamespace(Qde.NS);
			attr("name", data.project().name()); //$NON-NLS-1$
			attr("origin", "Duizhao"); //$NON-NLS-1$ //$NON-NLS-2$
			attr("creationDateTime", time(Instant.now())); //$NON-NLS-1$
			users();
			codeBook();
			sources();
			notes();
			for (Memo m : data.memos()) {
				if (m.documentId() == null) {
					ref("NoteRef", m.id()); //$NON-NLS-1$
				}
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		} catch (XMLStreamException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	static String userGuid(String name) {
		return Iris.named("duizhao-user:" + name); //$NON-NLS-1$
	}

	private void users() throws XMLStreamException {
		Set<String> names = new LinkedHashSet<>();
		placed.values().forEach(list -> list.forEach(a -> names.add(a.coder())));
		data.memos().forEach(m -> names.add(m.author()));
		if (names.isEmpty()) {
			return;
		}
		xml.writeStartElement("Users"); //$NON-NLS-1$
		for (String n : names) {
			xml.writeEmptyElement("User"); //$NON-NLS-1$
			attr("guid", userGuid(n)); //$NON-NLS-1$
			attr("name", n); //$NON-NLS-1$
		}
		xml.writeEndElement();
	}

	private void codeBook() throws XMLStreamException {
		if (data.codes().isEmpty()) {
			return;
		}
		xml.writeStartElement("CodeBook"); //$NON-NLS-1$
		xml.writeStartElement("Codes"); //$NON-NLS-1$
		for (Code c : data.tree().roots()) {
			code(c, 0);
		}
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private void code(Code c, int depth) throws XMLStreamException {
		xml.writeStartElement("Code"); //$NON-NLS-1$
		attr("guid", Iris.guid(c.id())); //$NON-NLS-1$
		attr("name", c.name()); //$NON-NLS-1$
		attr("isCodable", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		if (c.color() != null && c.color().matches("#[0-9a-fA-F]{6}")) { //$NON-NLS-1$
			attr("color", c.color().toUpperCase(java.util.Locale.ROOT)); //$NON-NLS-1$
		}
		if (!c.description().isEmpty()) {
			element("Description", c.description()); //$NON-NLS-1$
		}
		if (depth < 1000) {
			for (Code child : data.tree().children(c.id())) {
				code(child, depth + 1);
			}
		}
		xml.writeEndElement();
	}

	private void sources() throws XMLStreamException {
		List<Document> docs = data.project().documents();
		if (docs.isEmpty()) {
			return;
		}
		xml.writeStartElement("Sources"); //$NON-NLS-1$
		for (Document d : docs) {
			xml.writeStartElement("TextSource"); //$NON-NLS-1$
			attr("guid", Iris.guid(d.id())); //$NON-NLS-1$
			attr("name", d.current().sourceName()); //$NON-NLS-1$
			attr("plainTextPath", Qde.INTERNAL + QdpxExporter.sourceFileName(d)); //$NON-NLS-1$
			attr("creationDateTime", time(d.created())); //$NON-NLS-1$
			String title = d.metadata().title();
			if (title != null && !title.isBlank()) {
				element("Description", title); //$NON-NLS-1$
			}
			for (Annotation a : placed.getOrDefault(d.id(), List.of())) {
				selection(a);
			}
			for (Memo m : data.memos()) {
				if (d.id().equals(m.documentId())) {
					ref("NoteRef", m.id()); //$NON-NLS-1$
				}
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void selection(Annotation a) throws XMLStreamException {
		xml.writeStartElement("PlainTextSelection"); //$NON-NLS-1$
		attr("guid", Iris.guid(a.id())); //$NON-NLS-1$
		attr("name", a.quote().exact()); //$NON-NLS-1$
		attr("startPosition", Integer.toString(a.start())); //$NON-NLS-1$
		attr("endPosition", Integer.toString(a.end())); //$NON-NLS-1$
		attr("creatingUser", userGuid(a.coder())); //$NON-NLS-1$
		attr("creationDateTime", time(a.created())); //$NON-NLS-1$
		attr("modifiedDateTime", time(a.modified())); //$NON-NLS-1$
		if (!a.memo().isEmpty()) {
			element("Description", a.memo()); //$NON-NLS-1$
		}
		for (String codeId : a.codeIds()) {
			if (data.tree().get(codeId).isEmpty()) {
				continue;
			}
			xml.writeStartElement("Coding"); //$NON-NLS-1$
			attr("guid", Iris.named("coding:" + a.id() + ':' + codeId)); //$NON-NLS-1$ //$NON-NLS-2$
			attr("creatingUser", userGuid(a.coder())); //$NON-NLS-1$
			attr("creationDateTime", time(a.created())); //$NON-NLS-1$
			ref("CodeRef", codeId); //$NON-NLS-1$
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void notes() throws XMLStreamException {
		List<Memo> memos = new ArrayList<>(data.memos());
		memos.removeIf(m -> m.documentId() != null && data.document(m.documentId()) == null);
		if (memos.isEmpty()) {
			return;
		}
		xml.writeStartElement("Notes"); //$NON-NLS-1$
		for (Memo m : memos) {
			xml.writeStartElement("Note"); //$NON-NLS-1$
			attr("guid", Iris.guid(m.id())); //$NON-NLS-1$
			attr("name", m.title()); //$NON-NLS-1$
			attr("creatingUser", userGuid(m.author())); //$NON-NLS-1$
			attr("creationDateTime", time(m.created())); //$NON-NLS-1$
			attr("modifiedDateTime", time(m.modified())); //$NON-NLS-1$
			element("PlainTextContent", m.text()); //$NON-NLS-1$
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void ref(String element, String id) throws XMLStreamException {
		xml.writeEmptyElement(element);
		attr("targetGUID", Iris.guid(id)); //$NON-NLS-1$
	}

	private void element(String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(Qde.xmlSafe(text));
		xml.writeEndElement();
	}

	private void attr(String name, String value) throws XMLStreamException {
		xml.writeAttribute(name, Qde.xmlSafe(value));
	}

	private static String time(Instant t) {
		return t.truncatedTo(ChronoUnit.MILLIS).toString();
	}
}
