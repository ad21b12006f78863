package org.duizhao.corpus.ui.internal.properties;

import org.duizhao.corpus.core.Metadata;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** One metadata edit as an undoable operation in the workbench's history (Edit > Undo, Ctrl+Z). */
final class MetadataEdit extends AbstractOperation {

	private final Project project;
	private final String documentId;
	private final Metadata before;
	private final Metadata after;

	private MetadataEdit(Project project, String documentId, Metadata before, Metadata after, String field) {
		super(NLS.bind(Messages.Properties_editLabel, field));
		this.project = project;
		this.documentId = documentId;
		this.before = before;
		this.after = after;
		IUndoContext context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		addContext(context);
	}

	static void execute(Project project, String documentId, Metadata before, Metadata after, String field) {
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		try {
			IStatus status = history.execute(new MetadataEdit(project, documentId, before, after, field), null, null);
			if (!status.isOK()) {
				ErrorDialog.openError(Display.getCurrent().getActiveShell(), Messages.Error_title, null, status);
			}
		} catch (ExecutionException e) {
			CorpusUiPlugin.log("Metadata edit failed", e); //$NON-NLS-1$
		}
	}

	private IStatus write(Metadata metadata) {
		try {
			project.updateMetadata(documentId, metadata);
			CorpusUiPlugin.getDefault().projects().fire(project);
			return Status.OK_STATUS;
		} catch (Exception e) {
			return CorpusUiPlugin.error(NLS.bind(Messages.Properties_saveFailed, e.getMessage()), e);
		}
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		return write(after);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return write(after);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		return write(before);
	}
}
