package org.duizhao.corpus.ui.internal.properties;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * One metadata edit as an undoable operation in the workbench's history (Edit &gt; Undo, Ctrl+Z).
 * Execute, undo and redo each hand the save to a {@link MetadataSaveJob} and return at once, so the
 * UI thread never waits for the project's lock; until the job has saved, the Properties view shows
 * the value being saved. A save that fails is shown in an error dialog, and an edit whose first
 * save failed leaves the undo history.
 */
final class MetadataEdit extends AbstractOperation {

	/** Values being saved, by document id and field: what the Properties view shows meanwhile. */
	private static final Map<String, Optional<String>> PENDING = new ConcurrentHashMap<>();

	private final Project project;
	private final String documentId;
	private final MetadataField field;
	private final String before;
	private final String after;

	private MetadataEdit(Project project, String documentId, MetadataField field, String before, String after) {
		super(NLS.bind(Messages.Properties_editLabel, field.label));
		this.project = project;
		this.documentId = documentId;
		this.field = field;
		this.before = before;
		this.after = after;
		addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
	}

	/**
	 * Sets {@code field} of a document from {@code before} to {@code after} ({@code null}: empty)
	 * through the workbench's history; returns before it is saved.
	 */
	static void execute(Project project, String documentId, MetadataField field, String before, String after) {
		IOperationHistory history = history();
		try {
			history.execute(new MetadataEdit(project, documentId, field, before, after), null, null);
		} catch (ExecutionException e) {
			show(Messages.Properties_saveFailed, e);
		}
	}

	/**
	 * @return the value of {@code field} being saved for the document, if a save is under way
	 *         (the inner optional is empty when the field is being cleared)
	 */
	static Optional<Optional<String>> pending(String documentId, MetadataField field) {
		return Optional.ofNullable(PENDING.get(key(documentId, field)));
	}

	private static String key(String documentId, MetadataField field) {
		return documentId + '/' + field.name();
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		return save(after, true);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return save(after, false);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		return save(before, false);
	}

	private IStatus save(String value, boolean first) {
		String key = key(documentId, field);
		PENDING.put(key, Optional.ofNullable(value));
		MetadataSaveJob job = new MetadataSaveJob(project, documentId, field, value);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				PENDING.remove(key, Optional.ofNullable(value));
				if (event.getResult().matches(IStatus.ERROR)) {
					failed(event.getResult(), first);
				}
			}
		});
		job.schedule();
		return Status.OK_STATUS;
	}

	private void failed(IStatus status, boolean first) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			if (first) {
				history().replaceOperation(this, new IUndoableOperation[0]);
			}
			Shell shell = display.getActiveShell();
			ErrorDialog.openError(shell, Messages.Error_title, null, status);
		});
	}

	private static void show(String message, Exception e) {
		ErrorDialog.openError(Display.getCurrent().getActiveShell(), Messages.Error_title, null,
				org.duizhao.corpus.ui.internal.CorpusUiPlugin.error(NLS.bind(message, e.getMessage()), e));
	}

	private static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}
}
