package org.duizhao.report.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.duizhao.analysis.core.RelatedReport;
import org.duizhao.analysis.core.RelatedTexts;
import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.compare.core.BaseComparison;
import org.duizhao.compare.core.CompareOptions;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.CompareSide;
import org.duizhao.compare.core.Comparer;
import org.duizhao.compare.core.SentenceFate;
import org.duizhao.compare.core.SideBuilder;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectNormalization;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.BaseRow;
import org.duizhao.report.core.ComparisonReport;
import org.duizhao.report.core.ComparisonSettings;
import org.duizhao.report.core.PairComparison;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.text.core.normalize.Normalizer;
import org.duizhao.text.core.normalize.ScriptTarget;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Builds the comparison report with the same engines as the compare editor and the CLI: the
 * project's normalizer (its look-alike table and boilerplate rules), the compare engine for the
 * differences and the base table, and the related-texts analysis for formulas and parallel passages.
 */
public final class ComparisonBuilder {

	private final Project project;
	private final AnnotationStore store;
	private final ComparisonSettings settings;

	/** @param settings how to compare */
	public ComparisonBuilder(Project project, AnnotationStore store, ComparisonSettings settings) {
		this.project = project;
		this.store = store;
		this.settings = settings;
	}

	/**
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws OperationCanceledException when cancelled
	 */
	public ComparisonReport build(ReportSelection selection, IProgressMonitor monitor)
			throws IOException, StoreException {
		SubMonitor sub = SubMonitor.convert(monitor, 100);
		List<Document> docs = documents(selection);
		Document base = docs.get(0);
		List<Document> others = docs.subList(1, docs.size());
		Normalizer normalizer = new ProjectNormalization(project).normalizer(ScriptTarget.SIMPLIFIED);
		SideBuilder sides = new SideBuilder(normalizer);
		List<String> texts = new ArrayList<>();
		List<CompareSide> otherSides = new ArrayList<>();
		for (Document d : docs) {
			texts.add(project.readText(d, d.current()));
		}
		CompareSide baseSide = side(sides, texts.get(0));
		for (int i = 1; i < texts.size(); i++) {
			otherSides.add(side(sides, texts.get(i)));
		}
		sub.worked(5);
		BaseComparison table = Comparer.compareWithBase(baseSide, otherSides,
				others.stream().map(Document::displayName).toList(),
				CompareOptions.defaults().withGranularity(settings.granularity()), sub.split(others.size() == 1 ? 50 : 95));
		List<BaseRow> rows = new ArrayList<>();
		for (int k = 0; k < others.size(); k++) {
			rows.add(row(others.get(k), table, k));
		}
		PairComparison pair = null;
		if (others.size() == 1) {
			pair = pair(selection, base, others.get(0), texts, table.result(0), normalizer, sub.split(45));
		}
		return new ComparisonReport(project.name(), settings, base, rows, pair);
	}

	private CompareSide side(SideBuilder sides, String text) {
		return sides.build(text, settings.ignore(), settings.granularity());
	}

	/** @return the base, then the others */
	private List<Document> documents(ReportSelection selection) {
		List<Document> all = project.documents();
		List<Document> docs = new ArrayList<>();
		if (selection.base() != null) {
			docs.addAll(Scope.findDocuments(all, List.of(selection.base())));
			for (Document d : Scope.findDocuments(all, selection.documents())) {
				if (!docs.contains(d)) {
					docs.add(d);
				}
			}
			if (docs.size() < 2) {
				throw new IllegalArgumentException(Messages.errorComparisonOthers);
			}
		} else {
			docs.addAll(Scope.findDocuments(all, selection.documents()));
			if (docs.size() != 2) {
				throw new IllegalArgumentException(Messages.errorComparisonTwo);
			}
		}
		return docs;
	}

	private static BaseRow row(Document d, BaseComparison table, int column) {
		return new BaseRow(d, table.result(column).metrics(), table.rowCount(),
				table.share(column, SentenceFate.Status.KEPT), table.share(column, SentenceFate.Status.CHANGED),
				table.share(column, SentenceFate.Status.DROPPED));
	}

	private PairComparison pair(ReportSelection selection, Document a, Document b, List<String> texts,
			CompareResult result, Normalizer normalizer, SubMonitor monitor) throws IOException, StoreException {
		SubMonitor sub = SubMonitor.convert(monitor, 100);
		ReportSelection both = new ReportSelection(List.of(a.id(), b.id()), selection.codes(), selection.coders());
		Scope scope = Scope.resolve(project, store, both);
		AnnotatedDocument sideA = Sides.annotated(texts.get(0), store, scope, a);
		AnnotatedDocument sideB = Sides.annotated(texts.get(1), store, scope, b);
		sub.worked(5);
		RelatedTexts.Options options = RelatedTexts.Options.defaults();
		RelatedReport related = new RelatedTexts(normalizer).analyse(texts.get(0), texts.get(1), options,
				documentFrequency(normalizer, options, sub.split(15)), sub.split(80));
		PairParts parts = new PairParts(texts.get(0), texts.get(1));
		return new PairComparison(sideA, sideB, result.metrics(), parts.differences(result.hunks()),
				parts.shared(result.shared()), parts.formulas(related),
				parts.parallels(related.passages()));
	}

	/** Counts, per formula, the project's documents whose searchable text holds it. */
	private ToIntFunction<String> documentFrequency(Normalizer normalizer, RelatedTexts.Options options,
			IProgressMonitor monitor) throws IOException {
		List<Document> all = project.documents();
		SubMonitor sub = SubMonitor.convert(monitor, all.size());
		SharedFormulas formulas = new SharedFormulas(normalizer);
		List<String> searchable = new ArrayList<>();
		for (Document d : all) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			searchable.add(formulas.searchable(project.readText(d, d.current()), options.ignore()));
			sub.worked(1);
		}
		return phrase -> (int) searchable.stream().filter(t -> t.contains(phrase)).count();
	}
}
