package org.duizhao.annotations.ui.internal.coding;

import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.store.StoreRegistry;
import org.duizhao.corpus.ui.internal.jobs.ProjectRule;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * The store steps of one project (edits, undos, redos), run one after the other by one job under
 * the project's {@link ProjectRule}: two quick edits reach the store in the order they were made,
 * never beside an import into the same project, and the UI thread never waits for the store (a
 * shared project's server may be slow or away). While a step runs the status line's progress
 * indicator names it.
 */
final class StoreQueue extends Job {

	/** One store call of an operation; runs in the queue's job. */
	interface Step {
		/** @return what the progress indicator says meanwhile */
		String label();

		/** Does the store work, then hands the outcome to the UI thread. */
		void run();
	}

	private static final Map<Path, StoreQueue> QUEUES = new ConcurrentHashMap<>();

	private final Queue<Step> steps = new ConcurrentLinkedQueue<>();

	private StoreQueue(Path root) {
		super(NLS.bind(Messages.StoreJob_name, root.getFileName() == null ? root : root.getFileName()));
		setRule(new ProjectRule(root));
		// the operation shows its own error dialog, with what failed
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	/** @return the queue of the project in {@code root} */
	static StoreQueue of(Path root) {
		return QUEUES.computeIfAbsent(StoreRegistry.key(root), StoreQueue::new);
	}

	/** Runs {@code step} after the steps added before it. */
	void add(Step step) {
		steps.add(step);
		schedule(); // a running job runs again when it ends: no step is left behind
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		for (Step step = steps.poll(); step != null; step = steps.poll()) {
			monitor.beginTask(step.label(), IProgressMonitor.UNKNOWN);
			try {
				step.run();
			} finally {
				monitor.done();
			}
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return StoreOperation.FAMILY.equals(family);
	}
}
