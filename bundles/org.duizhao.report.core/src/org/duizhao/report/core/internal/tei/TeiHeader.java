package org.duizhao.report.core.internal.tei;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.Memo;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.DocumentReport;
import org.duizhao.report.core.LegendEntry;
import org.duizhao.report.core.internal.CodeColors;
import org.duizhao.report.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The TEI headers. The corpus header names the report and the coders ({@code <respStmt>}) and holds
 * the code system as a {@code <taxonomy>} in {@code <classDecl>}: one {@code <category>} per
 * reported code, nested as in the code tree, with the code's colour as {@code @style} and its
 * passage count and coverage as {@code @n}. Each document's header holds its metadata in a
 * {@code <bibl>}, its memos in {@code <notesStmt>} and its tags as {@code <keywords>}.
 */
final class TeiHeader {

	private TeiHeader() {
	}

	static void corpus(Xml xml, DocumentReport report, Ids ids) throws XMLStreamException {
		xml.start("teiHeader").start("fileDesc"); //$NON-NLS-1$ //$NON-NLS-2$
		titleStmt(xml, NLS.bind(Messages.titleDocuments, report.projectName()), ids);
		publication(xml);
		xml.start("sourceDesc").element("p", report.projectName()).end().end(); //$NON-NLS-1$ //$NON-NLS-2$
		xml.start("encodingDesc"); //$NON-NLS-1$
		taxonomy(xml, report.legend());
		xml.end().end().newline();
	}

	/** Writes the {@code <titleStmt>}: the title and one {@code <respStmt>} per coder. */
	static void titleStmt(Xml xml, String title, Ids ids) throws XMLStreamException {
		xml.start("titleStmt").element("title", title); //$NON-NLS-1$ //$NON-NLS-2$
		for (Map.Entry<String, String> coder : ids.coders().entrySet()) {
			xml.start("respStmt").xmlAttr("id", coder.getValue()).element("resp", Messages.segmentCoder) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.element("name", coder.getKey()).end(); //$NON-NLS-1$
		}
		xml.end();
	}

	static void publication(Xml xml) throws XMLStreamException {
		xml.start("publicationStmt").element("p", "Duizhao").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Writes a {@code <sourceDesc>} with a {@code <listBibl>} of {@code documents}, each a
	 * {@code <bibl xml:id="doc-1">} (see {@link Ids#document(int)}) that pointers name.
	 */
	static void sources(Xml xml, List<Document> documents) throws XMLStreamException {
		if (documents.isEmpty()) { // a listBibl must hold a bibl
			xml.start("sourceDesc").element("p", "—").end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		xml.start("sourceDesc").start("listBibl"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 0; i < documents.size(); i++) {
			bibl(xml, documents.get(i), Ids.document(i));
		}
		xml.end().end();
	}

	/** Writes a {@code <refsDecl>} that says what the code point positions are. */
	static void offsets(Xml xml) throws XMLStreamException {
		xml.start("refsDecl").element("p", Messages.teiOffsets).end(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Writes {@code <classDecl>} with the legend's codes, each with its passages and coverage. */
	static void taxonomy(Xml xml, List<LegendEntry> legend) throws XMLStreamException {
		Map<Code, String> codes = new LinkedHashMap<>();
		legend.forEach(e -> codes.put(e.code(),
				String.format(Locale.ROOT, "passages=%d coverage=%.1f%%", e.count(), e.coverage() * 100))); //$NON-NLS-1$
		taxonomy(xml, codes);
	}

	/** Writes {@code <classDecl>} with {@code codes} (in code-tree order), each with its {@code @n} or none. */
	static void taxonomy(Xml xml, Map<Code, String> codes) throws XMLStreamException {
		xml.start("classDecl").start("taxonomy").xmlAttr("id", "codes") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.element("desc", Messages.legend); //$NON-NLS-1$
		Set<String> reported = new HashSet<>();
		codes.keySet().forEach(c -> reported.add(c.id()));
		categories(xml, codes, reported, null);
		xml.end().end();
	}

	/** Writes the categories whose nearest reported ancestor is {@code parentId}, with their children. */
	private static void categories(Xml xml, Map<Code, String> codes, Set<String> reported, String parentId)
			throws XMLStreamException {
		for (Map.Entry<Code, String> e : codes.entrySet()) {
			Code code = e.getKey();
			String parent = code.parentId() != null && reported.contains(code.parentId()) ? code.parentId() : null;
			if (parent == null ? parentId != null : !parent.equals(parentId)) {
				continue;
			}
			xml.start("category").xmlAttr("id", Ids.code(code)) //$NON-NLS-1$ //$NON-NLS-2$
					.attr("style", "background-color:" + CodeColors.safe(code.color())); //$NON-NLS-1$ //$NON-NLS-2$
			if (e.getValue() != null) {
				xml.attr("n", e.getValue()); //$NON-NLS-1$
			}
			xml.element("catDesc", code.name()); //$NON-NLS-1$
			categories(xml, codes, reported, code.id());
			xml.end();
		}
	}

	/** Writes a document's {@code <bibl>}: its name, metadata and ids. */
	static void bibl(Xml xml, Document d, String id) throws XMLStreamException {
		Metadata m = d.metadata();
		xml.start("bibl"); //$NON-NLS-1$
		if (id != null) {
			xml.xmlAttr("id", id); //$NON-NLS-1$
		}
		String title = m.title() == null || m.title().isBlank() ? d.displayName() : m.title();
		xml.element("title", title).optional("publisher", m.issuer()) //$NON-NLS-1$ //$NON-NLS-2$
				.optional("pubPlace", m.region()).optional("date", m.date()); //$NON-NLS-1$ //$NON-NLS-2$
		xml.start("idno").attr("type", "duizhao").text(d.id()).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (m.source() != null && !m.source().isBlank()) {
			xml.start("idno").attr("type", "source").text(m.source()).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		xml.end();
	}

	static void document(Xml xml, AnnotatedDocument d) throws XMLStreamException {
		Metadata m = d.document().metadata();
		// in a publicationStmt an idno must follow an agency (publisher, distributor or authority)
		xml.start("teiHeader").start("fileDesc").start("titleStmt").element("title", d.document().displayName()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.end().start("publicationStmt").element("distributor", "Duizhao") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.start("idno").attr("type", "duizhao").text(d.document().id()).end().end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		notes(xml, d.memos());
		xml.start("sourceDesc").start("bibl").optional("title", m.title()).optional("publisher", m.issuer()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.optional("pubPlace", m.region()).optional("date", m.date()); //$NON-NLS-1$ //$NON-NLS-2$
		if (m.source() != null && !m.source().isBlank()) {
			xml.start("idno").attr("type", "source").text(m.source()).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		xml.end().end().end();
		List<String> tags = m.tags() == null ? List.of() : new ArrayList<>(m.tags());
		if (!tags.isEmpty()) {
			xml.start("profileDesc").start("textClass").start("keywords"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (String t : tags) {
				xml.element("term", t); //$NON-NLS-1$
			}
			xml.end().end().end();
		}
		xml.end().newline();
	}

	private static void notes(Xml xml, List<Memo> memos) throws XMLStreamException {
		if (memos.isEmpty()) {
			return;
		}
		xml.start("notesStmt"); //$NON-NLS-1$
		for (Memo memo : memos) {
			xml.start("note").attr("type", "memo").optional("title", memo.title()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.optional("name", memo.author()).text(memo.text()).end(); //$NON-NLS-1$
		}
		xml.end();
	}
}
