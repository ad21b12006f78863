package org.duizhao.annotations.ui.internal.coding;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * A change to a project's annotation store as an undoable operation in the workbench's history, so
 * that Edit &gt; Undo (Ctrl+Z) and Redo (Ctrl+Y) take it back and forth.
 * <p>
 * The store is never called on the UI thread: execute, undo and redo hand the store call to the
 * project's {@link StoreQueue} and return at once, so the history (and the Edit menu) moves on
 * while the call runs, and a slow or dropped server connection cannot freeze the window. The calls
 * of one project run in the order they were made. When a call is done, the UI thread follows up:
 * the first execution's outcome goes to the caller's callback; a first execution that failed or
 * had nothing to do leaves the history; an undo or redo that failed is put back where the store
 * is (a failed undo can be undone again, a failed redo redone again) and is shown with the store's
 * message. Each operation knows whether the store holds its change, so that a step asked for twice
 * (undo, then undo of the same step after a failure) never runs twice.
 */
public abstract class StoreOperation extends AbstractOperation {

	/** The job family of every store call, for {@code IJobManager.join} (tests, also of bundles that do not see this class). */
	public static final String FAMILY = "org.duizhao.annotations.ui.store"; //$NON-NLS-1$

	private final Path projectRoot;
	/** Whether the store will hold the change once the calls asked for have run (UI thread). */
	private boolean intended;
	/** Whether the store holds the change (written by the project's queue, one call at a time). */
	private volatile boolean stored;
	/** Told of the first execution's outcome on the UI thread, then dropped. */
	private Consumer<IStatus> whenDone;

	/** @param label what the Edit menu says ("Undo Code …") */
	protected StoreOperation(String label, Path projectRoot) {
		super(label);
		this.projectRoot = projectRoot;
		addContext(context());
	}

	/**
	 * Runs {@code operation} through the workbench's history; returns before the store is called.
	 *
	 * @param done told on the UI thread of the first execution's status: OK, CANCEL when there was
	 *            nothing to do, ERROR with the store's message when it refused or could not be
	 *            reached (the operation is then not in the history); may be {@code null}
	 * @return completes with the same status after {@code done} has run (tests wait on it)
	 */
	public static CompletableFuture<IStatus> run(StoreOperation operation, Consumer<IStatus> done) {
		CompletableFuture<IStatus> result = new CompletableFuture<>();
		operation.whenDone = status -> {
			try {
				if (done != null) {
					done.accept(status);
				}
			} finally {
				result.complete(status);
			}
		};
		IStatus status;
		try {
			status = history().execute(operation, null, null);
		} catch (ExecutionException e) {
			status = AnnotationsUiPlugin.error(e.getMessage(), e);
		}
		if (!status.isOK()) { // refused before the store was called
			operation.tell(status);
		}
		return result;
	}

	/**
	 * Runs {@code operation} like {@link #run(StoreOperation, Consumer)}; a failure is shown in an
	 * error dialog naming the edit.
	 */
	public static CompletableFuture<IStatus> run(StoreOperation operation) {
		return run(operation, status -> {
			if (status.matches(IStatus.ERROR)) {
				showError(NLS.bind(Messages.Store_doFailed, operation.getLabel()), status);
			}
		});
	}

	/** Does the change; returns CANCEL when there was nothing to do. Runs off the UI thread. */
	protected abstract IStatus apply(AnnotationStore store) throws StoreException;

	/** Takes the change back. Runs off the UI thread. */
	protected abstract IStatus revert(AnnotationStore store) throws StoreException;

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
		intended = true;
		ask(true, true);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		if (!intended) {
			intended = true;
			ask(true, false);
		} // else a failed undo being put back: the store still holds the change
		return Status.OK_STATUS;
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		if (intended) {
			intended = false;
			ask(false, false);
		} // else a failed redo being put back: the store does not hold the change
		return Status.OK_STATUS;
	}

	private void ask(boolean forward, boolean first) {
		String label = NLS.bind(first ? Messages.StoreJob_do : forward ? Messages.StoreJob_redo : Messages.StoreJob_undo,
				getLabel());
		Display display = Display.getCurrent() != null ? Display.getCurrent() : PlatformUI.getWorkbench().getDisplay();
		StoreQueue.of(projectRoot).add(new StoreQueue.Step() {
			@Override
			public String label() {
				return label;
			}

			@Override
			public void run() {
				IStatus status = call(forward);
				if (status.matches(IStatus.ERROR)) {
					AnnotationsUiPlugin.getDefault().getLog().log(status);
				}
				try {
					display.asyncExec(() -> finished(forward, first, status));
				} catch (SWTException e) { // the workbench closed meanwhile: nothing to follow up
					AnnotationsUiPlugin.log("A store call ended after the workbench closed", e); //$NON-NLS-1$
				}
			}
		});
	}

	/** Runs in the project's queue: brings the store to {@code forward} (the change held or not). */
	private IStatus call(boolean forward) {
		if (stored == forward) {
			return Status.OK_STATUS;
		}
		try {
			AnnotationStore store = AnnotationsUiPlugin.getDefault().stores().store(projectRoot);
			IStatus status = forward ? apply(store) : revert(store);
			if (!status.matches(IStatus.ERROR)) {
				stored = forward;
			}
			return status;
		} catch (StoreException e) {
			return AnnotationsUiPlugin.error(e.getMessage(), e);
		} catch (RuntimeException e) { // a store closed under the call, a driver's surprise
			return AnnotationsUiPlugin.error(e.getMessage() == null ? e.toString() : e.getMessage(), e);
		}
	}

	/** On the UI thread, after a store call. */
	private void finished(boolean forward, boolean first, IStatus status) {
		if (first) {
			if (!status.isOK()) { // refused, failed or nothing to do: not a step to undo
				history().replaceOperation(this, new IUndoableOperation[0]);
			}
			tell(status);
			return;
		}
		if (!status.matches(IStatus.ERROR)) {
			return;
		}
		if (intended == forward) { // nothing asked since: put the step back where the store is
			intended = !forward;
			putBack(forward);
		}
		showError(NLS.bind(forward ? Messages.Store_redoFailed : Messages.Store_undoFailed, getLabel()), status);
	}

	/** Moves this operation back to the list that matches the store; undo and redo do nothing now. */
	private void putBack(boolean forward) {
		IOperationHistory history = history();
		try {
			if (forward && Arrays.asList(history.getUndoHistory(context())).contains(this)) {
				history.undoOperation(this, null, null);
			} else if (!forward && Arrays.asList(history.getRedoHistory(context())).contains(this)) {
				history.redoOperation(this, null, null);
			}
		} catch (ExecutionException e) {
			AnnotationsUiPlugin.log("Could not put a failed step back in the history", e); //$NON-NLS-1$
		}
	}

	private void tell(IStatus status) {
		Consumer<IStatus> done = whenDone;
		whenDone = null;
		if (done != null) {
			done.accept(status);
		}
	}

	/** Shows a failed store call: {@code message} says what, the status the store's reason. */
	public static void showError(String message, IStatus status) {
		ErrorDialog.openError(activeShell(), Messages.Store_failedTitle, message, status);
	}

	private static Shell activeShell() {
		Shell shell = Display.getCurrent().getActiveShell();
		if (shell == null) {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			shell = window == null ? null : window.getShell();
		}
		return shell;
	}

	/** @return the project whose store this operation changes */
	public Path projectRoot() {
		return projectRoot;
	}

	/** @return the status for "nothing to do" */
	protected static IStatus nothing() {
		return Status.CANCEL_STATUS;
	}

	private static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	private static IUndoContext context() {
		return PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
	}
}
