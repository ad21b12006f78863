package org.duizhao.report.core.internal.tei;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.duizhao.annotations.core.Memo;
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
		xml.start("teiHeader").start("fileDesc").start("titleStmt") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.element("title", NLS.bind(Messages.titleDocuments, report.projectName())); //$NON-NLS-1$
		for (Map.Entry<String, String> coder : ids.coders().entrySet()) {
			xml.start("respStmt").xmlAttr("id", coder.getValue()).element("resp", Messages.segmentCoder) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.element("name", coder.getKey()).end(); //$NON-NLS-1$
		}
		xml.end().start("publicationStmt").element("p", "Duizhao").end() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.start("sourceDesc").element("p", report.projectName()).end().end(); //$NON-NLS-1$ //$NON-NLS-2$
		xml.start("encodingDesc").start("classDecl").start("taxonomy").xmlAttr("id", "codes") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.element("desc", Messages.legend); //$NON-NLS-1$
		Set<String> reported = new HashSet<>();
		report.legend().forEach(e -> reported.add(e.code().id()));
		categories(xml, report.legend(), reported, null);
		xml.end().end().end().end().newline();
	}

	/** Writes the categories whose nearest reported ancestor is {@code parentId}, with their children. */
	private static void categories(Xml xml, List<LegendEntry> legend, Set<String> reported, String parentId)
			throws XMLStreamException {
		for (LegendEntry e : legend) {
			String parent = e.code().parentId() != null && reported.contains(e.code().parentId()) ? e.code().parentId()
					: null;
			if (parent == null ? parentId != null : !parent.equals(parentId)) {
				continue;
			}
			xml.start("category").xmlAttr("id", Ids.code(e.code())) //$NON-NLS-1$ //$NON-NLS-2$
					.attr("style", "background-color:" + CodeColors.safe(e.code().color())) //$NON-NLS-1$ //$NON-NLS-2$
					.attr("n", String.format(Locale.ROOT, "passages=%d coverage=%.1f%%", e.count(), e.coverage() * 100)) //$NON-NLS-1$ //$NON-NLS-2$
					.element("catDesc", e.code().name()); //$NON-NLS-1$
			categories(xml, legend, reported, e.code().id());
			xml.end();
		}
	}

	static void document(Xml xml, AnnotatedDocument d) throws XMLStreamException {
		Metadata m = d.document().metadata();
		xml.start("teiHeader").start("fileDesc").start("titleStmt").element("title", d.document().displayName()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.end().start("publicationStmt").start("idno").attr("type", "duizhao") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.text(d.document().id()).end().end();
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
