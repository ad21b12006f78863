package org.duizhao.annotations.ui.internal.views;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.StoreCall;
import org.duizhao.corpus.core.Project;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * The links between passages of the current project: type, both passages with their documents,
 * author and memo. Double-click reveals the first passage; delete removes the link (the passages
 * stay).
 */
public class LinksView extends TableStoreView<LinksView.Rows, Link> {

	/** The view id. */
	public static final String ID = "org.duizhao.annotations.ui.links"; //$NON-NLS-1$

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	/** The links with their end passages and the document titles. */
	record Rows(List<Link> links, Map<String, Annotation> ends, Map<String, String> titles) {
	}

	private Rows shown = new Rows(List.of(), Map.of(), Map.of());

	/** Creates the view. */
	public LinksView() {
		super(Link.class);
	}

	@Override
	protected void createColumns() {
		column(Messages.Links_from, 260, l -> end(l.fromId()));
		column(Messages.Links_type, 100, Link::type);
		column(Messages.Links_to, 260, l -> end(l.toId()));
		column(Messages.Annotations_coder, 80, Link::author);
		column(Messages.Annotations_date, 90, l -> DATE.format(l.created()));
		column(Messages.Annotations_memo, 200, l -> oneLine(l.memo()));
	}

	private String end(String annotationId) {
		Annotation a = shown.ends().get(annotationId);
		if (a == null) {
			return "?"; //$NON-NLS-1$
		}
		return shown.titles().getOrDefault(a.documentId(), a.documentId()) + ": " + oneLine(a.quote().exact()); //$NON-NLS-1$
	}

	@Override
	protected Rows read(AnnotationStore store, Project project) throws Exception {
		Map<String, Annotation> ends = new HashMap<>();
		store.annotations(AnnotationQuery.all()).forEach(a -> ends.put(a.id(), a));
		Map<String, String> titles = new HashMap<>();
		project.documents().forEach(d -> titles.put(d.id(), d.displayName()));
		return new Rows(store.links(), ends, titles);
	}

	@Override
	protected void show(Project project, Rows data) {
		shown = data == null ? new Rows(List.of(), Map.of(), Map.of()) : data;
		table().setInput(shown.links());
		setContentDescription(project == null ? Messages.View_noProject
				: NLS.bind(Messages.Links_description, shown.links().size()));
	}

	@Override
	protected void open() {
		Project p = project();
		selected().stream().findFirst().map(l -> shown.ends().get(l.fromId()))
				.ifPresent(a -> Reveal.passage(getSite().getPage(), p, a));
	}

	/** Deletes the selected links. */
	public void delete() {
		Project p = project();
		if (p != null) {
			delete(getSite().getShell(), p.folder(), selected());
		}
	}

	/**
	 * Deletes {@code links} in the project's store queue (the passages stay); a failure is shown
	 * when the store answers.
	 *
	 * @return completes once the store has answered (tests wait on it)
	 */
	public static CompletableFuture<Void> delete(Shell shell, Path projectRoot, List<Link> links) {
		return StoreCall.run(projectRoot, Messages.Link_title, store -> {
			for (Link l : links) {
				store.deleteLink(l.id(), l.rowVersion());
			}
			return null;
		}, null, e -> MessageDialog.openError(StoreCall.shell(shell), Messages.Link_title, e.getMessage()));
	}
}
