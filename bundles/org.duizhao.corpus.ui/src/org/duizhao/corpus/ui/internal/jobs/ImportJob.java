package org.duizhao.corpus.ui.internal.jobs;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.ImportReport;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.corpus.ui.internal.prefs.PreferenceKeys;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Imports files and folders into a project in the background, with progress and cancel, then
 * shows what was imported and what was skipped and why. A failed or cancelled import adds nothing.
 */
public final class ImportJob extends Job {

	private final Project project;
	private final List<Path> paths;
	private final Shell shell;
	private volatile ImportReport report;

	private ImportJob(Project project, List<Path> paths, Shell shell) {
		super(NLS.bind(Messages.Import_jobName, paths.size(), project.name()));
		this.project = project;
		this.paths = List.copyOf(paths);
		this.shell = shell;
		setUser(true);
		setRule(new ProjectRule(project.folder()));
	}

	/**
	 * Schedules an import.
	 *
	 * @param project the project to import into
	 * @param paths files and folders
	 * @param shell the shell the summary opens over, or {@code null} for none (tests)
	 * @return the scheduled job
	 */
	public static ImportJob start(Project project, List<Path> paths, Shell shell) {
		ImportJob job = new ImportJob(project, paths, shell);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			long limit = CorpusUiPlugin.getDefault().getPreferenceStore().getLong(PreferenceKeys.SIZE_LIMIT_MB);
			ImportOptions options = ImportOptions.defaults().withMaxBytes(limit * 1024 * 1024);
			report = new Importer(project, options).purpose("workbench import").importFiles(paths, monitor); //$NON-NLS-1$
			CorpusUiPlugin.getDefault().projects().fire(project);
			showSummary(report);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			return CorpusUiPlugin.error(Messages.Import_failed + ' ' + e.getMessage(), e);
		} catch (OutOfMemoryError e) {
			// a user job's error status opens an error dialog; an Error used to vanish into the log
			return CorpusUiPlugin.error(Messages.Import_failed + ' ' + Messages.Import_outOfMemory, e);
		} catch (Error e) {
			return CorpusUiPlugin.error(Messages.Import_failed + ' ' + e, e);
		}
	}

	/** @return the report of a finished import, or {@code null} before it finishes or after a failure */
	public ImportReport report() {
		return report;
	}

	private void showSummary(ImportReport done) {
		if (shell == null || shell.isDisposed()) {
			return;
		}
		Display display = shell.getDisplay();
		display.asyncExec(() -> {
			if (!shell.isDisposed()) {
				new ImportSummaryDialog(shell, done).open();
			}
		});
	}
}
