package org.duizhao.annotations.ui.internal.coding;

import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.PlatformUI;

/**
 * A change to a project's annotation store as an undoable operation in the workbench's history, so
 * that Edit &gt; Undo (Ctrl+Z) and Redo (Ctrl+Y) take it back and forth. A failed store call becomes
 * an error status with the store's message.
 */
public abstract class StoreOperation extends AbstractOperation {

	private final Path projectRoot;

	/** @param label what the Edit menu says ("Undo Code …") */
	protected StoreOperation(String label, Path projectRoot) {
		super(label);
		this.projectRoot = projectRoot;
		addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
	}

	/**
	 * Runs {@code operation} through the workbench's history.
	 *
	 * @return the status; not OK when the store refused or nothing changed
	 */
	public static IStatus run(StoreOperation operation) {
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		try {
			return history.execute(operation, null, null);
		} catch (ExecutionException e) {
			return AnnotationsUiPlugin.error(e.getMessage(), e);
		}
	}

	/** Does the change; returns CANCEL when there was nothing to do (the history then skips it). */
	protected abstract IStatus apply(AnnotationStore store) throws StoreException;

	/** Takes the change back. */
	protected abstract IStatus revert(AnnotationStore store) throws StoreException;

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		return call(true);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		return call(true);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		return call(false);
	}

	private IStatus call(boolean forward) {
		try {
			AnnotationStore store = AnnotationsUiPlugin.getDefault().stores().store(projectRoot);
			return forward ? apply(store) : revert(store);
		} catch (StoreException e) {
			return AnnotationsUiPlugin.error(e.getMessage(), e);
		}
	}

	/** @return the status for "nothing to do" */
	protected static IStatus nothing() {
		return Status.CANCEL_STATUS;
	}
}
