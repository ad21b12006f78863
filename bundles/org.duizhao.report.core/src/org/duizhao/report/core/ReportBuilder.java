package org.duizhao.report.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.report.core.internal.AgreementBuilder;
import org.duizhao.report.core.internal.ComparisonBuilder;
import org.duizhao.report.core.internal.Coverage;
import org.duizhao.report.core.internal.Scope;
import org.duizhao.report.core.internal.Sides;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Builds report models from a project and its annotation store. The models hold everything a
 * format needs, so exporters never touch the project or the store.
 */
public final class ReportBuilder {

	private ReportBuilder() {
	}

	/** @return the model of {@code kind} */
	public static Report build(ReportKind kind, Project project, AnnotationStore store, ReportSelection selection,
			IProgressMonitor monitor) throws IOException, StoreException {
		return switch (kind) {
		case DOCUMENT -> documents(project, store, selection, monitor);
		case SEGMENTS -> segments(project, store, selection, monitor);
		case COMPARISON -> comparison(project, store, selection, ComparisonSettings.defaults(), monitor);
		case AGREEMENT -> agreement(project, store, selection, monitor);
		};
	}

	/**
	 * Builds the comparison report: {@code selection.documents()} are two documents (A, B), or, with
	 * a {@code selection.base()}, the documents compared with the base. Codes and coders choose the
	 * annotations shown on either side of a pair.
	 *
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws IllegalArgumentException when a named document or code does not exist, or the
	 *             documents are not two (without a base) or none (with one)
	 * @throws OperationCanceledException when cancelled
	 */
	public static ComparisonReport comparison(Project project, AnnotationStore store, ReportSelection selection,
			ComparisonSettings settings, IProgressMonitor monitor) throws IOException, StoreException {
		return new ComparisonBuilder(project, store, settings).build(selection, monitor);
	}

	/**
	 * Builds the agreement report over the selected documents (all when none), codes (all, in tree
	 * order) and coders (at least two; none chosen means every coder in the store).
	 *
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws IllegalArgumentException when a named document or code does not exist, or there are
	 *             fewer than two coders
	 * @throws OperationCanceledException when cancelled
	 */
	public static AgreementReport agreement(Project project, AnnotationStore store, ReportSelection selection,
			IProgressMonitor monitor) throws IOException, StoreException {
		return AgreementBuilder.build(project, store, selection, monitor);
	}

	/**
	 * Builds the annotated-document report.
	 *
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws IllegalArgumentException when a named document or code does not exist
	 * @throws OperationCanceledException when cancelled
	 */
	public static DocumentReport documents(Project project, AnnotationStore store, ReportSelection selection,
			IProgressMonitor monitor) throws IOException, StoreException {
		Scope scope = Scope.resolve(project, store, selection);
		SubMonitor sub = SubMonitor.convert(monitor, scope.documents().size());
		List<AnnotatedDocument> docs = new ArrayList<>();
		Coverage coverage = new Coverage();
		for (Document d : scope.documents()) {
			checkCancel(sub);
			AnnotatedDocument doc = Sides.annotated(project, store, scope, d);
			coverage.add(doc.text(), doc.passages());
			docs.add(doc);
			sub.worked(1);
		}
		return new DocumentReport(project.name(), docs, coverage.legend(scope));
	}

	/**
	 * Builds the coded-segments report. Segments come from each annotation's quote, so passages
	 * not on the current version are reported too, at their recorded positions.
	 *
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws IllegalArgumentException when a named document or code does not exist
	 */
	public static SegmentsReport segments(Project project, AnnotationStore store, ReportSelection selection,
			IProgressMonitor monitor) throws IOException, StoreException {
		Scope scope = Scope.resolve(project, store, selection);
		SubMonitor sub = SubMonitor.convert(monitor, scope.documents().size());
		List<Segment> rows = new ArrayList<>();
		Coverage coverage = new Coverage();
		for (Document d : scope.documents()) {
			checkCancel(sub);
			List<Passage> current = new ArrayList<>();
			for (Annotation a : scope.annotations(d)) {
				Passage p = scope.passage(a);
				rows.add(new Segment(d, p, p.codes().stream().map(c -> scope.tree().path(c.id())).toList()));
				if (a.version() == d.current().number() && a.anchoring().isAnchored()) {
					current.add(p);
				}
			}
			coverage.add(project.readText(d, d.current()), current);
			sub.worked(1);
		}
		return new SegmentsReport(project.name(), groups(scope.tree(), coverage.legend(scope), rows), rows);
	}

	private static List<CodeGroup> groups(CodeTree tree, List<LegendEntry> legend, List<Segment> rows) {
		Map<String, List<Segment>> byCode = new LinkedHashMap<>();
		for (Segment s : rows) {
			for (Code c : s.passage().codes()) {
				byCode.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(s);
			}
		}
		List<CodeGroup> groups = new ArrayList<>();
		for (LegendEntry e : legend) {
			List<Segment> segs = byCode.get(e.code().id());
			if (segs != null) {
				groups.add(new CodeGroup(e, segs));
			}
		}
		return groups;
	}

	private static void checkCancel(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
