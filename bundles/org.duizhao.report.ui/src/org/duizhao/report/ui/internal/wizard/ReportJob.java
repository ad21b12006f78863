package org.duizhao.report.ui.internal.wizard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.corpus.ui.internal.jobs.ProjectRule;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportExporters;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.ui.internal.Messages;
import org.duizhao.report.ui.internal.ReportUiPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Builds and writes one report in the background, with progress and cancel (Window &gt; Progress).
 * The file is written beside its target and moved into place, so a failed or cancelled run never
 * leaves half a report. It holds the project's {@link ProjectRule}, so it never reads a project
 * while an import changes it. When done it offers to open the report ({@link OpenReport}).
 */
public final class ReportJob extends Job {

	private final ReportRequest request;
	private final Shell shell;

	private ReportJob(ReportRequest request, Shell shell) {
		super(NLS.bind(Messages.Job_name, request.output().getFileName()));
		this.request = request;
		this.shell = shell;
		setUser(true);
		setRule(new ProjectRule(request.project().folder()));
	}

	/**
	 * Schedules the report.
	 *
	 * @param shell the shell over which to offer to open the result, or {@code null} not to offer
	 */
	public static ReportJob start(ReportRequest request, Shell shell) {
		ReportJob job = new ReportJob(request, shell);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, getName(), 100);
		try {
			ReportExporter exporter = ReportExporters.get(request.format()).orElseThrow(
					() -> new IllegalArgumentException(NLS.bind(Messages.Job_noFormat, request.format())));
			AnnotationStore store = AnnotationsUiPlugin.getDefault().stores().store(request.project().folder());
			Report report = request.kind() == ReportKind.COMPARISON && request.comparison() != null
					? ReportBuilder.comparison(request.project(), store, request.selection(), request.comparison(),
							sub.split(90))
					: ReportBuilder.build(request.kind(), request.project(), store, request.selection(), sub.split(90));
			sub.subTask(Messages.Job_writing);
			write(exporter, report, request.output());
			sub.worked(10);
			if (shell != null) {
				OpenReport.offerLater(shell, request.output());
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			return ReportUiPlugin.error(NLS.bind(Messages.Job_failed, request.output().getFileName(), e.getMessage()), e);
		}
	}

	private static void write(ReportExporter exporter, Report report, Path target) throws IOException {
		// not Files.createTempFile: its file is private to the owner, and a report is for others to read
		Path temp = target.resolveSibling(".report-" + UUID.randomUUID() + ".part"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				exporter.write(report, out);
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** @return what the job was asked for */
	public ReportRequest request() {
		return request;
	}
}
