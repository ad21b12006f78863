package org.duizhao.compare.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * A user job that computes a result off the UI thread and hands it to the UI thread (unless the
 * display is gone or the job was cancelled). Cancel returns {@code CANCEL_STATUS}; a failure returns
 * an error status whose message names the cause. The rule lets one job of an editor run at a time.
 *
 * @param <R> what the job computes
 */
public abstract class ResultJob<R> extends Job {

	private final String failed;
	private final Display display;
	private final Consumer<R> done;

	/**
	 * @param name the job's name, as the progress view shows it
	 * @param failed the message of a failure, {@code {0}} the cause's message
	 * @param done called on the UI thread with the result
	 */
	protected ResultJob(String name, String failed, ISchedulingRule rule, Display display, Consumer<R> done) {
		super(name);
		this.failed = failed;
		this.display = display;
		this.done = done;
		setUser(true);
		setRule(rule);
	}

	/**
	 * Computes the result, off the UI thread.
	 *
	 * @param monitor progress and cancel
	 * @throws OperationCanceledException when cancelled
	 */
	protected abstract R compute(IProgressMonitor monitor) throws Exception;

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		try {
			R result = compute(monitor);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (!display.isDisposed()) {
				display.asyncExec(() -> done.accept(result));
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			return CompareUi.error(NLS.bind(failed, e.getMessage()), e);
		}
	}
}
