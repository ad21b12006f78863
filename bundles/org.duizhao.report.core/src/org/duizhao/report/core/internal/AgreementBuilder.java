package org.duizhao.report.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.analysis.AgreementRow;
import org.duizhao.annotations.core.analysis.AgreementTable;
import org.duizhao.annotations.core.analysis.IntercoderAgreement;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.report.core.AgreementLine;
import org.duizhao.report.core.AgreementReport;
import org.duizhao.report.core.ReportSelection;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Builds the agreement report with {@link IntercoderAgreement}, as the {@code agreement} command
 * and the workbench's agreement dialog compute it, and counts each coder's passages per code.
 */
public final class AgreementBuilder {

	private AgreementBuilder() {
	}

	/**
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws IllegalArgumentException with fewer than two coders, or a name that matches nothing
	 */
	public static AgreementReport build(Project project, AnnotationStore store, ReportSelection selection,
			IProgressMonitor monitor) throws IOException, StoreException {
		Scope scope = Scope.resolve(project, store, new ReportSelection(selection.documents(), selection.codes(), null));
		List<String> coders = new ArrayList<>(new LinkedHashSet<>(
				selection.coders().isEmpty() ? store.coders() : selection.coders()));
		if (coders.size() < 2) {
			throw new IllegalArgumentException(Messages.errorAgreementCoders);
		}
		List<Document> documents = scope.documents();
		Set<String> ids = new LinkedHashSet<>();
		documents.forEach(d -> ids.add(d.id()));
		List<Annotation> annotations = ids.isEmpty() ? List.of()
				: store.annotations(new AnnotationQuery(ids, null, Set.copyOf(coders), null, Boolean.TRUE));
		List<Code> codes = scope.codesInOrder();
		AgreementTable table = IntercoderAgreement.compute(annotations, coders, codes, scope.tree(), documents,
				monitor);
		Map<String, int[]> counts = counts(annotations, coders, documents);
		List<AgreementLine> rows = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			Code c = codes.get(i);
			AgreementRow r = table.rows().get(i);
			int[] n = counts.getOrDefault(c.id(), new int[coders.size()]);
			rows.add(new AgreementLine(c, scope.tree().path(c.id()), r.units(), r.agreement(), r.kappa(), r.alpha(),
					java.util.Arrays.stream(n).boxed().toList()));
		}
		return new AgreementReport(project.name(), coders, documents, rows);
	}

	/** @return per code id, per coder, the passages anchored on their document's current text */
	private static Map<String, int[]> counts(List<Annotation> annotations, List<String> coders,
			List<Document> documents) {
		Map<String, Integer> current = new HashMap<>();
		documents.forEach(d -> current.put(d.id(), d.current().number()));
		Map<String, int[]> counts = new HashMap<>();
		for (Annotation a : annotations) {
			int coder = coders.indexOf(a.coder());
			Integer version = current.get(a.documentId());
			if (coder < 0 || version == null || a.version() != version || !a.anchoring().isAnchored()) {
				continue;
			}
			for (String id : a.codeIds()) {
				counts.computeIfAbsent(id, k -> new int[coders.size()])[coder]++;
			}
		}
		return counts;
	}
}
