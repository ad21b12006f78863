package org.duizhao.report.core.internal.tei;

import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.report.core.BaseRow;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.Difference;
import org.duizhao.report.core.Formula;
import org.duizhao.report.core.MatchedPassage;
import org.duizhao.report.core.PairComparison;
import org.duizhao.report.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The last {@code <TEI xml:id="comparison">} of a comparison: the table of the base against each
 * document, and for a pair the summary figures, the differences, shared and parallel passages as
 * {@code <linkGrp>}s between the segs of A and B, and the shared formulas. Figures are
 * {@code <measure>}s (see {@link TeiTable}); shares are 0..1 in {@code @quantity}.
 */
final class TeiComparisonTables {

	private static final String CHARACTER = "character"; //$NON-NLS-1$
	private static final String SHARE = "share"; //$NON-NLS-1$

	private final Xml xml;

	TeiComparisonTables(Xml xml) {
		this.xml = xml;
	}

	void write(ComparisonReport report) throws XMLStreamException {
		String title = NLS.bind(Messages.titleComparison, report.projectName());
		xml.start("TEI").xmlAttr("id", "comparison").newline().start("teiHeader").start("fileDesc") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				.start("titleStmt").element("title", title).end(); //$NON-NLS-1$ //$NON-NLS-2$
		TeiHeader.publication(xml);
		xml.start("sourceDesc").element("p", report.projectName()).end().end().end().newline() //$NON-NLS-1$ //$NON-NLS-2$
				.start("text").start("body").newline(); //$NON-NLS-1$ //$NON-NLS-2$
		base(report);
		PairComparison pair = report.pair();
		if (pair != null) {
			summary(pair.metrics());
			differences(pair.differences());
			matched("shared", Messages.comparisonShared, pair.shared(), TeiComparison::sharedId, false); //$NON-NLS-1$
			matched("parallel", Messages.comparisonParallels, pair.parallels(), TeiComparison::parallelId, true); //$NON-NLS-1$
			formulas(pair.formulas());
		}
		xml.end().end().newline().end().newline();
	}

	private void base(ComparisonReport report) throws XMLStreamException {
		xml.start("div").attr("type", "base") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.element("head", NLS.bind(Messages.comparisonBaseTable, report.base().displayName())).newline(); //$NON-NLS-1$
		TeiTable t = new TeiTable(xml).open("base", List.of(Messages.segmentDocument, Messages.comparisonSimilarity, //$NON-NLS-1$
				Messages.comparisonInserted, Messages.comparisonDeleted, Messages.comparisonChanged,
				Messages.comparisonMoved, Messages.comparisonKept, Messages.comparisonChangedSentences,
				Messages.comparisonDropped));
		int k = 1; // doc-1 is the base
		for (BaseRow r : report.table()) {
			CompareMetrics m = r.metrics();
			t.row().ref("#" + Ids.document(k++), r.document().displayName()) //$NON-NLS-1$
					.measure("similarity", m.similarity(), SHARE, percent(m.similarity())) //$NON-NLS-1$
					.measure("inserted", m.insertedChars(), CHARACTER, Long.toString(m.insertedChars())) //$NON-NLS-1$
					.measure("deleted", m.deletedChars(), CHARACTER, Long.toString(m.deletedChars())) //$NON-NLS-1$
					.measure("changed", m.changedChars(), CHARACTER, Long.toString(m.changedChars())) //$NON-NLS-1$
					.measure("moved", m.movedChars(), CHARACTER, Long.toString(m.movedChars())) //$NON-NLS-1$
					.measure("kept", r.kept(), SHARE, percent(r.kept())) //$NON-NLS-1$
					.measure("changedSentences", r.changed(), SHARE, percent(r.changed())) //$NON-NLS-1$
					.measure("dropped", r.dropped(), SHARE, percent(r.dropped())).endRow(); //$NON-NLS-1$
		}
		t.close();
		xml.end().newline();
	}

	private void summary(CompareMetrics m) throws XMLStreamException {
		xml.start("div").attr("type", "summary").element("head", Messages.comparisonSummary).newline(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		TeiTable t = new TeiTable(xml).open("summary", List.of("", Messages.teiCharacters, Messages.teiSentences)); //$NON-NLS-1$ //$NON-NLS-2$
		t.row().label(Messages.comparisonSimilarity).measure("similarity", m.similarity(), SHARE, //$NON-NLS-1$
				percent(m.similarity())).text(TeiTable.UNDEFINED).endRow();
		t.row().label(Messages.comparisonSharedChars).measure("shared", m.sharedChars(), CHARACTER, //$NON-NLS-1$
				Long.toString(m.sharedChars())).text(TeiTable.UNDEFINED).endRow();
		figures(t, "inserted", Messages.comparisonInserted, m.insertedChars(), m.insertedSentences()); //$NON-NLS-1$
		figures(t, "deleted", Messages.comparisonDeleted, m.deletedChars(), m.deletedSentences()); //$NON-NLS-1$
		figures(t, "changed", Messages.comparisonChanged, m.changedChars(), m.changedSentences()); //$NON-NLS-1$
		figures(t, "moved", Messages.comparisonMoved, m.movedChars(), m.movedSentences()); //$NON-NLS-1$
		t.close();
		xml.end().newline();
	}

	private static void figures(TeiTable t, String type, String label, long chars, int sentences)
			throws XMLStreamException {
		t.row().label(label).measure(type, chars, CHARACTER, Long.toString(chars))
				.measure(type, sentences, "sentence", Integer.toString(sentences)).endRow(); //$NON-NLS-1$
	}

	private void differences(List<Difference> differences) throws XMLStreamException {
		open("differences", NLS.bind(Messages.comparisonDifferences, differences.size())); //$NON-NLS-1$
		if (!differences.isEmpty()) {
			xml.start("linkGrp").attr("type", "differences").newline(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (Difference d : differences) {
				xml.start("link").attr("type", d.type().id()).attr("n", Integer.toString(d.number())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.attr("target", TeiComparison.target(TeiComparison.diffId("a", d), TeiComparison.diffId("b", d))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.end().newline();
			}
			xml.end().newline();
		}
		xml.end().newline();
	}

	/** Ids of the k-th matched passage on one side. */
	private interface SideId {
		String of(String prefix, int k);
	}

	private void matched(String type, String title, List<MatchedPassage> passages, SideId id, boolean scored)
			throws XMLStreamException {
		open(type, NLS.bind(title, passages.size()));
		if (!passages.isEmpty()) {
			xml.start("linkGrp").attr("type", type).newline(); //$NON-NLS-1$ //$NON-NLS-2$
			for (int k = 1; k <= passages.size(); k++) {
				xml.start("link").attr("type", type).attr("n", Integer.toString(k)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (scored) {
					xml.attr("cert", TeiTable.number(passages.get(k - 1).score())); //$NON-NLS-1$
				}
				xml.attr("target", TeiComparison.target(id.of("a", k), id.of("b", k))).end().newline(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			xml.end().newline();
		}
		xml.end().newline();
	}

	private void formulas(List<Formula> formulas) throws XMLStreamException {
		open("formulas", NLS.bind(Messages.comparisonFormulas, formulas.size())); //$NON-NLS-1$
		if (!formulas.isEmpty()) {
			TeiTable t = new TeiTable(xml).open("formulas", List.of(Messages.comparisonFormula, //$NON-NLS-1$
					Messages.comparisonInA, Messages.comparisonInB, Messages.comparisonDocuments));
			for (Formula f : formulas) {
				t.row().text(f.text()).measure("inA", f.inA(), "occurrence", Integer.toString(f.inA())) //$NON-NLS-1$ //$NON-NLS-2$
						.measure("inB", f.inB(), "occurrence", Integer.toString(f.inB())) //$NON-NLS-1$ //$NON-NLS-2$
						.measure("documents", f.documents(), "document", Integer.toString(f.documents())).endRow(); //$NON-NLS-1$ //$NON-NLS-2$
			}
			t.close();
		}
		xml.end().newline();
	}

	private void open(String type, String head) throws XMLStreamException {
		xml.start("div").attr("type", type).element("head", head).newline(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100); //$NON-NLS-1$
	}
}
