package org.duizhao.annotations.ui.internal.exchange;

import java.io.IOException;
import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.exchange.AnnotationExchange;
import org.duizhao.annotations.core.exchange.ExchangeFormat;
import org.duizhao.annotations.core.exchange.ExportResult;
import org.duizhao.annotations.core.exchange.ImportResult;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.prefs.Coder;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.jobs.ProjectRule;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Imports annotations from a file into a project, or exports them, in the background with progress
 * and cancel, then shows what was done and what could not be mapped. It holds the project's
 * {@link ProjectRule}, so it never runs beside a document import into the same project (a REFI-QDA
 * import adds documents). A failed or cancelled import changes nothing (the core guarantees it);
 * the views hear of the imported annotations through the store's listeners.
 */
public final class ExchangeJob extends Job {

	private final Project project;
	private final Path file;
	private final ExchangeFormat exportFormat;
	private final Shell shell;
	private volatile ExchangeSummary summary;

	private ExchangeJob(String name, Project project, Path file, ExchangeFormat exportFormat, Shell shell) {
		super(name);
		this.project = project;
		this.file = file;
		this.exportFormat = exportFormat;
		this.shell = shell;
		setUser(true);
		setRule(new ProjectRule(project.folder()));
	}

	/**
	 * Schedules an import of a {@code .qdpx} or W3C {@code .jsonld}/{@code .json} file.
	 *
	 * @param shell the shell the summary opens over, or {@code null} for none (tests)
	 */
	public static ExchangeJob startImport(Project project, Path file, Shell shell) {
		String name = NLS.bind(Messages.Exchange_importJob, file.getFileName(), project.name());
		ExchangeJob job = new ExchangeJob(name, project, file, null, shell);
		job.schedule();
		return job;
	}

	/**
	 * Schedules an export of every annotation of {@code project} to {@code out}.
	 *
	 * @param shell the shell the summary opens over, or {@code null} for none (tests)
	 */
	public static ExchangeJob startExport(Project project, ExchangeFormat format, Path out, Shell shell) {
		String name = NLS.bind(Messages.Exchange_exportJob, project.name(), out.getFileName());
		ExchangeJob job = new ExchangeJob(name, project, out, format, shell);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			AnnotationStore store = AnnotationsUiPlugin.getDefault().stores().store(project.folder());
			AnnotationExchange exchange = new AnnotationExchange(project, store, Coder.name(project.folder()));
			if (exportFormat == null) {
				ImportResult result = exchange.importFile(file, monitor);
				if (result.documents() > 0) {
					CorpusUiPlugin.getDefault().projects().fire(project);
				}
				summary = ExchangeSummary.of(file, result);
			} else {
				ExportResult result = exchange.export(exportFormat, file, monitor);
				summary = ExchangeSummary.of(file, result);
			}
			ExchangeSummaryDialog.openLater(shell, summary);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			String failed = exportFormat == null ? Messages.Exchange_importFailed : Messages.Exchange_exportFailed;
			return AnnotationsUiPlugin.error(NLS.bind(failed, file.getFileName(), e.getMessage()), e);
		}
	}

	/** @return what the finished job did, or {@code null} before it finishes or after a failure */
	public ExchangeSummary summary() {
		return summary;
	}
}
