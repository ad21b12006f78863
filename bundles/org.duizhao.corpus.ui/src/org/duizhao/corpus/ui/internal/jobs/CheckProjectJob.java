package org.duizhao.corpus.ui.internal.jobs;

import java.util.List;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectCheck;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Project &gt; Check: looks for what is damaged in a project (and, asked to, repairs it) in the
 * background, then lists what was found in a dialog, from which a repair can be started.
 */
public final class CheckProjectJob extends Job {

	private final Project project;
	private final boolean repair;
	private final Shell shell;
	private volatile List<ProjectCheck.Finding> findings;

	private CheckProjectJob(Project project, boolean repair, Shell shell) {
		super(NLS.bind(repair ? Messages.Check_repairJob : Messages.Check_job, project.name()));
		this.project = project;
		this.repair = repair;
		this.shell = shell;
		setUser(true);
		setRule(new ProjectRule(project.folder()));
	}

	/**
	 * @param shell the shell the result opens over, or {@code null} for none (tests)
	 * @return the scheduled job
	 */
	public static CheckProjectJob start(Project project, boolean repair, Shell shell) {
		CheckProjectJob job = new CheckProjectJob(project, repair, shell);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			findings = ProjectCheck.run(project.folder(), repair, monitor);
			if (repair && project.refresh()) {
				CorpusUiPlugin.getDefault().projects().fire(project);
			}
			if (shell != null && !shell.isDisposed()) {
				shell.getDisplay().asyncExec(() -> {
					if (!shell.isDisposed()) {
						new CheckResultDialog(shell, project, findings, repair).open();
					}
				});
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception | Error e) {
			return CorpusUiPlugin.error(Messages.Check_failed + ' ' + e.getMessage(), e);
		}
	}

	/** @return what was found, or {@code null} before the job ends or after a failure */
	public List<ProjectCheck.Finding> findings() {
		return findings;
	}
}
