package org.duizhao.corpus.ui.internal.jobs;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.ProjectManager;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Notices documents another program (the command line, another workbench) added to, changed in or
 * removed from an open project: every few seconds each open project re-reads what changed on disk
 * ({@link Project#refresh()} reads only changed {@code document.json} files), and listeners hear of
 * the projects that changed. The workbench never writes over such documents: every write re-reads
 * the document under the project's lock first.
 */
public final class ProjectWatcher extends Job {

	/** How often to look. */
	public static final long INTERVAL_MILLIS = 3000;

	private final ProjectManager projects;
	private volatile boolean stopped;

	/** @param projects the open projects to watch */
	public ProjectWatcher(ProjectManager projects) {
		super("Watching projects for changes"); //$NON-NLS-1$
		this.projects = projects;
		setSystem(true);
	}

	/** Looks now, on the calling thread: refreshes every open project and tells of changes. */
	public void lookNow() {
		for (Project p : projects.all()) {
			try {
				if (p.refresh()) {
					projects.fire(p);
				}
			} catch (Exception e) {
				CorpusUiPlugin.log("Could not re-read project " + p.folder(), e); //$NON-NLS-1$
			}
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (stopped || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		lookNow();
		schedule(INTERVAL_MILLIS);
		return Status.OK_STATUS;
	}

	/** Stops looking. */
	public void stop() {
		stopped = true;
		cancel();
	}
}
