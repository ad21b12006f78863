package org.duizhao.annotations.ui.internal.coding;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * A store call that is not a step in the undo history (a memo's text, a link, a re-attached
 * passage), run in the project's {@link StoreQueue} like a {@link StoreOperation}: after the edits
 * made before it, never on the UI thread, so a slow or dropped server connection cannot freeze the
 * window. The outcome goes to the UI thread; the views follow the store through its listeners.
 */
public final class StoreCall {

	/** The store work; runs in the project's queue. */
	@FunctionalInterface
	public interface Work<T> {
		/** @return what the caller gets on the UI thread */
		T call(AnnotationStore store) throws StoreException;
	}

	private StoreCall() {
	}

	/**
	 * Runs {@code work} on the store of the project in {@code projectRoot}; returns before the store
	 * is called.
	 *
	 * @param label what the progress indicator says meanwhile
	 * @param done told on the UI thread of the result; may be {@code null}
	 * @param failed told on the UI thread why the store refused or could not be reached; may be
	 *            {@code null} (the failure is logged either way)
	 * @return completes after the follow-up has run: with the result, or exceptionally with the
	 *         {@link StoreException} (tests wait on it)
	 */
	public static <T> CompletableFuture<T> run(Path projectRoot, String label, Work<T> work, Consumer<T> done,
			Consumer<StoreException> failed) {
		CompletableFuture<T> result = new CompletableFuture<>();
		Display display = Display.getCurrent() != null ? Display.getCurrent() : PlatformUI.getWorkbench().getDisplay();
		String progress = NLS.bind(Messages.StoreJob_do, label);
		StoreQueue.of(projectRoot).add(new StoreQueue.Step() {
			@Override
			public String label() {
				return progress;
			}

			@Override
			public void run() {
				T value = null;
				StoreException error = null;
				try {
					value = work.call(AnnotationsUiPlugin.getDefault().stores().store(projectRoot));
				} catch (StoreException e) {
					error = e;
				} catch (RuntimeException e) { // a store closed under the call, a driver's surprise
					error = new StoreException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
				}
				if (error != null) {
					AnnotationsUiPlugin.log(error.getMessage(), error);
				}
				T v = value;
				StoreException x = error;
				try {
					display.asyncExec(() -> finished(v, x, done, failed, result));
				} catch (SWTException e) { // the workbench closed meanwhile: nothing to follow up
					AnnotationsUiPlugin.log("A store call ended after the workbench closed", e); //$NON-NLS-1$
					complete(result, v, x);
				}
			}
		});
		return result;
	}

	/** @return {@code preferred} while it is open (a follow-up may come after it closed), else the active shell */
	public static Shell shell(Shell preferred) {
		if (preferred != null && !preferred.isDisposed()) {
			return preferred;
		}
		Shell shell = Display.getCurrent().getActiveShell();
		if (shell == null) {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			shell = window == null ? null : window.getShell();
		}
		return shell;
	}

	private static <T> void finished(T value, StoreException error, Consumer<T> done, Consumer<StoreException> failed,
			CompletableFuture<T> result) {
		try {
			if (error == null && done != null) {
				done.accept(value);
			} else if (error != null && failed != null) {
				failed.accept(error);
			}
		} finally {
			complete(result, value, error);
		}
	}

	private static <T> void complete(CompletableFuture<T> result, T value, StoreException error) {
		if (error == null) {
			result.complete(value);
		} else {
			result.completeExceptionally(error);
		}
	}
}
