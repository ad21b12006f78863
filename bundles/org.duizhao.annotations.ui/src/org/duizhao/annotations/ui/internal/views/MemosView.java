package org.duizhao.annotations.ui.internal.views;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.StoreCall;
import org.duizhao.annotations.ui.internal.handlers.ActivePane;
import org.duizhao.annotations.ui.internal.prefs.Coder;
import org.duizhao.annotations.ui.internal.shared.Refusals;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.DocumentPane;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * The project's memos and the memos on its documents: new project memo, new memo on the document
 * open in the viewer, edit (double-click), delete.
 */
public class MemosView extends TableStoreView<MemosView.Rows, Memo> {

	/** The view id. */
	public static final String ID = "org.duizhao.annotations.ui.memos"; //$NON-NLS-1$

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	/** The memos and the document titles. */
	record Rows(List<Memo> memos, Map<String, String> titles) {
	}

	private Rows shown = new Rows(List.of(), Map.of());

	/** Creates the view. */
	public MemosView() {
		super(Memo.class);
	}

	@Override
	protected void createColumns() {
		column(Messages.Memos_on, 160, m -> m.documentId() == null ? Messages.Memos_project
				: shown.titles().getOrDefault(m.documentId(), m.documentId()));
		column(Messages.Memos_titleColumn, 160, Memo::title);
		column(Messages.Annotations_memo, 360, m -> oneLine(m.text()));
		column(Messages.Annotations_coder, 80, Memo::author);
		column(Messages.Annotations_date, 120, m -> DATE.format(m.modified()));
	}

	@Override
	protected Rows read(AnnotationStore store, Project project) throws Exception {
		Map<String, String> titles = new HashMap<>();
		project.documents().forEach(d -> titles.put(d.id(), d.displayName()));
		return new Rows(store.allMemos(), titles);
	}

	@Override
	protected void show(Project project, Rows data) {
		shown = data == null ? new Rows(List.of(), Map.of()) : data;
		table().setInput(shown.memos());
		setContentDescription(project == null ? Messages.View_noProject
				: NLS.bind(Messages.Memos_description, shown.memos().size()));
	}

	@Override
	protected void open() {
		selected().stream().findFirst().ifPresent(this::edit);
	}

	/** Makes a memo on the project, or on the document open in the active editor when {@code onDocument}. */
	public void create(boolean onDocument) {
		Project p = project();
		if (p == null) {
			return;
		}
		String documentId = null;
		if (onDocument) {
			DocumentPane pane = ActivePane.of(getSite().getPage().getActiveEditor()).orElse(null);
			if (pane == null) {
				MessageDialog.openInformation(getSite().getShell(), Messages.Memo_title, Messages.Coding_noDocument);
				return;
			}
			documentId = pane.documentId();
		}
		String[] result = MemoDialog.ask(getSite().getShell(), "", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (result == null) {
			return;
		}
		String id = documentId;
		String coder = Coder.name(p.folder());
		StoreCall.run(p.folder(), Messages.Memo_title, s -> s.createMemo(id, result[0], result[1], coder), null,
				this::showError);
	}

	private void edit(Memo memo) {
		String[] result = MemoDialog.ask(getSite().getShell(), memo.title(), memo.text());
		if (result == null || project() == null) {
			return;
		}
		update(getSite().getShell(), project().folder(), memo.withText(result[0], result[1]));
	}

	/**
	 * Writes a memo's new title and text in the project's store queue; a conflicting change is
	 * reported when the store answers.
	 *
	 * @return completes with the memo as stored (tests wait on it)
	 */
	public static CompletableFuture<Memo> update(Shell shell, Path projectRoot, Memo mine) {
		return StoreCall.run(projectRoot, Messages.Memo_title, s -> s.updateMemo(mine), null,
				e -> Refusals.report(StoreCall.shell(shell), Messages.Memo_title, projectRoot, mine, e));
	}

	/** Deletes the selected memos after asking. */
	public void delete() {
		List<Memo> sel = selected();
		if (sel.isEmpty() || project() == null
				|| !MessageDialog.openQuestion(getSite().getShell(), Messages.Memo_title, Messages.Memos_deleteConfirm)) {
			return;
		}
		StoreCall.run(project().folder(), Messages.Memo_title, s -> {
			for (Memo m : sel) {
				s.deleteMemo(m.id(), m.rowVersion());
			}
			return null;
		}, null, this::showError);
	}

	private void showError(StoreException e) {
		MessageDialog.openError(StoreCall.shell(getSite().getShell()), Messages.Memo_title, e.getMessage());
	}
}
