package org.duizhao.annotations.ui.internal.shared;

import java.io.IOException;

import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.shared.SharedProjects;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.jobs.ProjectRule;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Uploads a project to its server ({@link SharedProjects#share}), keeps the password in secure
 * storage, and reopens the project's store, which from now on is the server's.
 */
public final class ShareJob extends Job {

	private final Project project;
	private final ServerAddress address;
	private final String password;
	private volatile SharedProjects.ShareResult result;

	private ShareJob(Project project, ServerAddress address, String password) {
		super(NLS.bind(Messages.Share_job, project.name()));
		this.project = project;
		this.address = address;
		this.password = password;
		setUser(true);
		setRule(new ProjectRule(project.folder().toAbsolutePath().normalize()));
	}

	/** @return the scheduled job */
	public static ShareJob start(Project project, ServerAddress address, String password) {
		ShareJob job = new ShareJob(project, address, password);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			result = SharedProjects.share(project.folder(), address, password, monitor);
			AnnotationsUiPlugin plugin = AnnotationsUiPlugin.getDefault();
			plugin.vault().store(address, password);
			plugin.stores().reopen(project.folder());
			plugin.connections().checkNow();
			plugin.connections().checkSoon();
			CorpusUiPlugin.getDefault().projects().fire(project);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return AnnotationsUiPlugin.error(NLS.bind(Messages.Share_failed, project.name(), e.getMessage()), e);
		}
	}

	/** @return what was uploaded, after a successful run */
	public SharedProjects.ShareResult result() {
		return result;
	}
}
