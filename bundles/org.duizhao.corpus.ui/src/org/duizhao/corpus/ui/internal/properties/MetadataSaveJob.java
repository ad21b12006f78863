package org.duizhao.corpus.ui.internal.properties;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectLock;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.corpus.ui.internal.jobs.ProjectRule;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * Saves one metadata field in the background: saving takes the project's lock, which another
 * writer (an import, the command line) may hold for minutes, and the UI thread must not wait for
 * it. One job at a time per project (the {@link ProjectRule} imports use too); the field is set on
 * the metadata as they are on disk once the lock is held, so edits of other fields made meanwhile
 * stay. A failure comes back as the job's error status; {@link MetadataEdit} shows it.
 */
final class MetadataSaveJob extends Job {

	private final Project project;
	private final String documentId;
	private final MetadataField field;
	private final String value;

	MetadataSaveJob(Project project, String documentId, MetadataField field, String value) {
		super(NLS.bind(Messages.Properties_saveJob, field.label));
		this.project = project;
		this.documentId = documentId;
		this.field = field;
		this.value = value;
		setRule(new ProjectRule(project.folder()));
		// MetadataEdit opens the error dialog itself, once
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			project.changeMetadata(documentId, m -> field.set.apply(m, value), ProjectLock.DEFAULT_WAIT, monitor);
			CorpusUiPlugin.getDefault().projects().fire(project);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			return CorpusUiPlugin.error(NLS.bind(Messages.Properties_saveFailed, e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}

	/** @return the document whose metadata this job saves */
	String documentId() {
		return documentId;
	}

	/** @return the field saved */
	MetadataField field() {
		return field;
	}

	/** @return the value saved ({@code null}: none) */
	String value() {
		return value;
	}
}
