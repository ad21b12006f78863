package org.duizhao.report.core.internal.tei;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.corpus.core.Document;
import org.duizhao.report.core.CodeGroup;
import org.duizhao.report.core.LegendEntry;
import org.duizhao.report.core.Segment;
import org.duizhao.report.core.SegmentsReport;
import org.duizhao.report.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The coded segments in TEI: one {@code <TEI>} whose header names the coders
 * ({@code <respStmt xml:id="coder-1">}), lists the documents ({@code <listBibl>} of
 * {@code <bibl xml:id="doc-1">}) and holds the code system as a {@code <taxonomy>}; its body has one
 * {@code <div type="code" ana="#code-…">} per code, in code-tree order, and in it every passage as a
 * {@code <cit>}: the passage's exact text as {@code <quote source="#doc-1">}, then a {@code <bibl>}
 * that points at the document ({@code <ptr target="#doc-1">}) and gives the place
 * ({@code <biblScope unit="version">} and {@code <biblScope unit="codepoint" from to>}), and the
 * memo as {@code <note type="memo">}. The {@code <cit>} carries all the passage's codes in
 * {@code @ana} and its coder in {@code @resp}; {@code @n} is the passage's row in the flat table
 * (CSV, XLSX), the same under each of its codes.
 * <p>
 * Why quotations and not stand-off {@code <span>}s over the texts (TEI's "Simple Analytic
 * Mechanisms"): this is the retrieval report that researchers quote from, and TEI's element for a
 * quotation with its source is {@code <cit>}. A {@code <spanGrp>} needs the texts to point into, and
 * a segment may be on an earlier version of its document (it is reported at its recorded place, as
 * in the other formats), whose text the report does not hold; the annotated-document report is the
 * one that carries the texts with every passage in place ({@code <seg ana>}).
 */
final class TeiSegments {

	private final Xml xml;

	TeiSegments(Xml xml) {
		this.xml = xml;
	}

	void write(SegmentsReport report) throws XMLStreamException {
		Ids ids = new Ids(List.of());
		List<Document> documents = new ArrayList<>();
		Map<Segment, Integer> rows = new IdentityHashMap<>();
		for (Segment s : report.rows()) {
			rows.put(s, rows.size() + 1);
			ids.addAll(List.of(s.passage()));
			if (documents.stream().noneMatch(d -> d.id().equals(s.document().id()))) {
				documents.add(s.document());
			}
		}
		xml.root("TEI").newline().start("teiHeader").start("fileDesc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		TeiHeader.titleStmt(xml, NLS.bind(Messages.titleSegments, report.projectName()), ids);
		TeiHeader.publication(xml);
		TeiHeader.sources(xml, documents);
		xml.end().start("encodingDesc"); //$NON-NLS-1$
		TeiHeader.offsets(xml);
		TeiHeader.taxonomy(xml, report.groups().stream().map(CodeGroup::entry).toList());
		xml.end().end().newline().start("text").start("body").newline(); //$NON-NLS-1$ //$NON-NLS-2$
		if (report.groups().isEmpty()) {
			xml.element("p", Messages.noPassages); //$NON-NLS-1$
		}
		int g = 0;
		for (CodeGroup group : report.groups()) {
			g++;
			LegendEntry e = group.entry();
			xml.start("div").attr("type", "code").attr("ana", "#" + Ids.code(e.code())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					.element("head", e.path() + " (" + group.segments().size() + ")").newline(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			int k = 0;
			for (Segment s : group.segments()) {
				cit(s, "g" + g + "-s" + (++k), rows.get(s), ids, documents); //$NON-NLS-1$ //$NON-NLS-2$
			}
			xml.end().newline();
		}
		xml.end().end().newline().end().newline();
	}

	private void cit(Segment s, String id, Integer row, Ids ids, List<Document> documents)
			throws XMLStreamException {
		Annotation a = s.passage().annotation();
		String doc = "#" + Ids.document(indexOf(documents, s.document())); //$NON-NLS-1$
		String resp = "#" + ids.coder(a.coder()); //$NON-NLS-1$
		xml.start("cit").xmlAttr("id", id); //$NON-NLS-1$ //$NON-NLS-2$
		if (row != null) {
			xml.attr("n", row.toString()); //$NON-NLS-1$
		}
		String ana = Ids.ana(s.passage().codes());
		if (ana != null) {
			xml.attr("ana", ana); //$NON-NLS-1$
		}
		xml.attr("resp", resp).start("quote").attr("source", doc).text(a.quote().exact()).end() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.start("bibl").start("ptr").attr("target", doc).end() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.element("title", s.document().displayName()) //$NON-NLS-1$
				.start("biblScope").attr("unit", "version").text(Integer.toString(a.version())).end() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.start("biblScope").attr("unit", "codepoint").attr("from", Integer.toString(a.start())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.attr("to", Integer.toString(a.end())).text(NLS.bind(Messages.location, a.start(), a.end())).end() //$NON-NLS-1$
				.end();
		if (!a.memo().isEmpty()) {
			xml.start("note").attr("type", "memo").attr("resp", resp).text(a.memo()).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		xml.end().newline();
	}

	private static int indexOf(List<Document> documents, Document d) {
		for (int i = 0; i < documents.size(); i++) {
			if (documents.get(i).id().equals(d.id())) {
				return i;
			}
		}
		throw new IllegalStateException(d.id());
	}
}
