package org.duizhao.report.core.internal.tei;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.duizhao.annotations.core.Code;
import org.duizhao.corpus.core.Document;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.BaseRow;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.ComparisonSettings;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.report.core.PairComparison;
import org.duizhao.report.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The comparison in TEI: a {@code <teiCorpus>} whose header lists the documents, says how they were
 * compared ({@code <editorialDecl>}) and holds the codes used on either side as a
 * {@code <taxonomy>}. For a pair, documents A and B follow as {@code <TEI xml:id="a">} and
 * {@code <TEI xml:id="b">}, each with its metadata and its text, in which every coded passage, every
 * difference, every shared and every parallel passage is a {@code <seg>} (cut into {@code @next}
 * chains where they overlap, see {@link TeiText}): {@code <seg xml:id="a-diff3" type="change" n="3">},
 * {@code a-sh1} ({@code type="shared"}), {@code a-par1} ({@code type="parallel"}); an insertion is
 * an empty {@code <seg>} on A's side, a deletion on B's. The last {@code <TEI xml:id="comparison">}
 * holds the figures and the alignment ({@link TeiComparisonTables}): the base table, the summary,
 * then per kind a {@code <linkGrp>} whose {@code <link target="#a-diff3 #b-diff3">} join A's and
 * B's segs (a parallel passage's score in {@code @cert}), and the shared formulas as a table.
 * <p>
 * Why {@code <linkGrp>} alignment and not a critical apparatus ({@code <app>}/{@code <rdg>},
 * parallel segmentation): the apparatus merges the witnesses into one text, which loses each
 * document's own text as one reads it and cannot carry moved or reworded passages, nor the
 * annotations, which sit on the texts of A and B. TEI's chapter on linking aligns parallel texts with
 * exactly this: each text kept whole with ids on its parts, and {@code <link>}s between them.
 */
final class TeiComparison {

	private final Xml xml;

	TeiComparison(Xml xml) {
		this.xml = xml;
	}

	void write(ComparisonReport report) throws XMLStreamException {
		PairComparison pair = report.pair();
		Ids ids = new Ids(List.of());
		Map<Code, String> codes = new LinkedHashMap<>();
		if (pair != null) {
			for (AnnotatedDocument d : List.of(pair.a(), pair.b())) {
				ids.addAll(d.passages());
				d.passages().forEach(p -> p.codes().forEach(c -> codes.putIfAbsent(c, null)));
			}
		}
		List<Document> documents = new ArrayList<>(List.of(report.base()));
		report.table().forEach(r -> documents.add(r.document()));
		xml.root("teiCorpus").newline().start("teiHeader").start("fileDesc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		TeiHeader.titleStmt(xml, NLS.bind(Messages.titleComparison, report.projectName()), ids);
		TeiHeader.publication(xml);
		TeiHeader.sources(xml, documents);
		xml.end().start("encodingDesc"); //$NON-NLS-1$
		settings(report.settings());
		TeiHeader.offsets(xml);
		if (!codes.isEmpty()) {
			TeiHeader.taxonomy(xml, codes);
		}
		xml.end().end().newline();
		if (pair != null) {
			side(pair.a(), pair, true, ids);
			side(pair.b(), pair, false, ids);
		}
		new TeiComparisonTables(xml).write(report);
		xml.end().newline();
	}

	private void settings(ComparisonSettings s) throws XMLStreamException {
		List<String> ignored = s.ignore().stream().map(o -> o.name().toLowerCase(Locale.ROOT)).toList();
		String granularity = s.granularity().name().toLowerCase(Locale.ROOT);
		xml.start("editorialDecl") //$NON-NLS-1$
				.attr("n", "granularity=" + granularity + " ignore=" + String.join(",", ignored)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.element("p", NLS.bind(Messages.comparisonSettings, granularity, //$NON-NLS-1$
						ignored.isEmpty() ? Messages.comparisonIgnoreNothing : String.join(", ", ignored))) //$NON-NLS-1$
				.end();
	}

	private void side(AnnotatedDocument doc, PairComparison pair, boolean isA, Ids ids) throws XMLStreamException {
		String prefix = isA ? "a" : "b"; //$NON-NLS-1$ //$NON-NLS-2$
		xml.start("TEI").xmlAttr("id", prefix).attr("n", isA ? "A" : "B").newline(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		TeiHeader.document(xml, doc);
		List<Mark> marks = new ArrayList<>(TeiText.passages(doc.passages(), ids, prefix));
		for (Difference d : pair.differences()) {
			marks.add(new Mark(isA ? d.aStart() : d.bStart(), isA ? d.aEnd() : d.bEnd(), diffId(prefix, d),
					Mark.attributes("type", d.type().id(), "n", Integer.toString(d.number())))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		matched(marks, pair.shared(), isA, k -> sharedId(prefix, k), "shared"); //$NON-NLS-1$
		matched(marks, pair.parallels(), isA, k -> parallelId(prefix, k), "parallel"); //$NON-NLS-1$
		new TeiText(xml).write(doc.text(), marks);
		xml.end().newline();
	}

	private static void matched(List<Mark> marks, List<MatchedPassage> passages, boolean isA, IntFunction<String> id,
			String type) {
		int k = 0;
		for (MatchedPassage p : passages) {
			k++;
			marks.add(new Mark(isA ? p.aStart() : p.bStart(), isA ? p.aEnd() : p.bEnd(), id.apply(k),
					Mark.attributes("type", type, "n", Integer.toString(k)))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	static String diffId(String prefix, Difference d) {
		return prefix + "-diff" + d.number(); //$NON-NLS-1$
	}

	static String sharedId(String prefix, int k) {
		return prefix + "-sh" + k; //$NON-NLS-1$
	}

	static String parallelId(String prefix, int k) {
		return prefix + "-par" + k; //$NON-NLS-1$
	}

	/** @return {@code #a-… #b-…}: the two ends of a link */
	static String target(String a, String b) {
		return List.of(a, b).stream().map(s -> "#" + s).collect(Collectors.joining(" ")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
