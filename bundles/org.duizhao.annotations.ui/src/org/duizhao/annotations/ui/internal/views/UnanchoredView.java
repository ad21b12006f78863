package org.duizhao.annotations.ui.internal.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.CodingTarget;
import org.duizhao.annotations.ui.internal.coding.StoreCall;
import org.duizhao.annotations.ui.internal.handlers.ActivePane;
import org.duizhao.annotations.ui.internal.viewer.HoverText;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.DocumentPane;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Annotations that re-anchoring could not place safely on their document's new version. The
 * researcher selects the passage in the viewer and re-attaches the annotation to it, or deletes it.
 */
public class UnanchoredView extends TableStoreView<UnanchoredView.Rows, Annotation> {

	/** The view id. */
	public static final String ID = "org.duizhao.annotations.ui.unanchored"; //$NON-NLS-1$

	/** The unanchored annotations with what names their codes and documents. */
	record Rows(List<Annotation> rows, CodeTree codes, Map<String, String> titles) {
	}

	private Rows shown = new Rows(List.of(), new CodeTree(List.of()), Map.of());

	/** Creates the view. */
	public UnanchoredView() {
		super(Annotation.class);
	}

	@Override
	protected void createColumns() {
		column(Messages.Annotations_document, 160, a -> shown.titles().getOrDefault(a.documentId(), a.documentId()));
		column(Messages.Annotations_quote, 300, a -> oneLine(a.quote().exact()));
		column(Messages.Unanchored_context, 260,
				a -> oneLine(a.quote().prefix()) + " \u2026 " + oneLine(a.quote().suffix())); //$NON-NLS-1$
		column(Messages.Annotations_codes, 160, a -> HoverText.codeNames(a, shown.codes()));
		column(Messages.Annotations_coder, 90, Annotation::coder);
	}

	@Override
	protected Rows read(AnnotationStore store, Project project) throws Exception {
		Map<String, String> titles = new LinkedHashMap<>();
		project.documents().forEach(d -> titles.put(d.id(), d.displayName()));
		return new Rows(store.annotations(AnnotationQuery.unanchored()), new CodeTree(store.codes()), titles);
	}

	@Override
	protected void show(Project project, Rows data) {
		shown = data == null ? new Rows(List.of(), new CodeTree(List.of()), Map.of()) : data;
		table().setInput(shown.rows());
		setContentDescription(project == null ? Messages.View_noProject
				: NLS.bind(Messages.Unanchored_description, shown.rows().size()));
	}

	@Override
	protected void open() {
		Project p = project();
		Optional<Annotation> a = selected().stream().findFirst();
		Optional<Document> doc = a.flatMap(x -> p == null ? Optional.empty() : p.document(x.documentId()));
		if (doc.isPresent()) {
			org.duizhao.corpus.ui.internal.handlers.OpenDocumentHandler.open(getSite().getPage(),
					new org.duizhao.corpus.ui.internal.explorer.DocumentNode(p, doc.get()));
		}
	}

	/** Re-attaches the selected annotation to the passage selected in the open viewer of its document. */
	public void reattach() {
		Optional<Annotation> a = selected().stream().findFirst();
		Optional<DocumentPane> pane = ActivePane.of(getSite().getPage().getActiveEditor());
		Optional<CodingTarget> target = pane.flatMap(CodingTarget::of);
		if (a.isEmpty() || target.isEmpty() || !target.get().documentId().equals(a.get().documentId())) {
			MessageDialog.openInformation(getSite().getShell(), Messages.Unanchored_title, Messages.Unanchored_selectFirst);
			return;
		}
		reattach(getSite().getShell(), a.get(), target.get());
	}

	/**
	 * Re-attaches {@code a} to the passage {@code t} in the project's store queue; a failure is shown
	 * when the store answers.
	 *
	 * @return completes with the passage as stored (tests wait on it)
	 */
	public static CompletableFuture<Annotation> reattach(Shell shell, Annotation a, CodingTarget t) {
		Annotation moved = a.withPosition(t.version(), t.start(), t.end(), t.quote(), Anchoring.ORIGINAL);
		return StoreCall.run(t.projectRoot(), Messages.Unanchored_title, store -> store.updateAnnotation(moved), null,
				e -> MessageDialog.openError(StoreCall.shell(shell), Messages.Unanchored_title, e.getMessage()));
	}
}
