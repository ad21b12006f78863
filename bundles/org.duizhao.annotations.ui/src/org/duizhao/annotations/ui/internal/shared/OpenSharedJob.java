package org.duizhao.annotations.ui.internal.shared;

import java.io.IOException;
import java.nio.file.Path;

import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.shared.SharedProjects;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Makes a working copy of a shared project ({@link SharedProjects#openShared}: the project's files
 * fetched once, the folder pointed at the server), keeps the password in secure storage and opens
 * the working copy in the explorer.
 */
public final class OpenSharedJob extends Job {

	private final ServerAddress address;
	private final String password;
	private final Path folder;
	private volatile Project project;
	private volatile int fetched;

	private OpenSharedJob(ServerAddress address, String password, Path folder) {
		super(NLS.bind(Messages.Open_job, address.url()));
		this.address = address;
		this.password = password;
		this.folder = folder;
		setUser(true);
	}

	/** @return the scheduled job */
	public static OpenSharedJob start(ServerAddress address, String password, Path folder) {
		OpenSharedJob job = new OpenSharedJob(address, password, folder);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			fetched = SharedProjects.openShared(address, password, folder, monitor);
			AnnotationsUiPlugin.getDefault().vault().store(address, password);
			project = CorpusUiPlugin.getDefault().projects().open(folder);
			AnnotationsUiPlugin.getDefault().connections().checkSoon();
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return AnnotationsUiPlugin.error(NLS.bind(Messages.Open_failed, address.url(), e.getMessage()), e);
		}
	}

	/** @return the opened working copy, after a successful run */
	public Project project() {
		return project;
	}

	/** @return how many files were fetched */
	public int fetched() {
		return fetched;
	}
}
