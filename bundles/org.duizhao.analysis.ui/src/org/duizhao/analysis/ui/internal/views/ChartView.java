package org.duizhao.analysis.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.duizhao.analysis.ui.internal.Messages;
import org.duizhao.analysis.ui.internal.chart.Chart;
import org.duizhao.analysis.ui.internal.chart.ChartExport;
import org.duizhao.analysis.ui.internal.chart.Painter;
import org.duizhao.analysis.ui.internal.chart.Palette;
import org.duizhao.analysis.ui.internal.chart.SwtPainter;
import org.duizhao.corpus.core.Project;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;

/**
 * What the Diffusion and Reuse views share: a row of controls above a chart canvas painted through
 * {@link Painter}, the buttons that save the chart as PNG, SVG and CSV, and the job that finds what
 * the chart shows.
 */
abstract class ChartView extends ViewPart {

	private static final String PLUGIN = "org.duizhao.analysis.ui"; //$NON-NLS-1$
	/** The size of an exported image when the canvas has none yet. */
	private static final Point DEFAULT_SIZE = new Point(1000, 700);

	private final String kind;
	protected Canvas canvas;
	/** The project of the chart shown, or {@code null} */
	protected Project project;

	/** @param kind what the view shows, the end of the file names offered ({@code diffusion}) */
	protected ChartView(String kind) {
		this.kind = kind;
	}

	/** @return the chart shown, or {@code null} when there is none yet */
	protected abstract Chart chart();

	/** Paints the chart, or blank paper when there is none yet. */
	private void paintChart(Painter painter, int width, int height) {
		Chart chart = chart();
		if (chart == null) {
			painter.fillRect(0, 0, width, height, Palette.PAPER);
		} else {
			chart.paint(painter, width, height);
		}
	}

	/** @return the base of file names offered: the project's name and the view's kind */
	protected String fileName() {
		return (project == null ? "" : project.name() + "-") + kind; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Writes the chart's data as CSV. */
	public abstract void exportCsv(Path file) throws IOException;

	/** @return the row of {@code columns} controls above the chart, which {@link #createCanvas} ends */
	protected static Composite controls(Composite parent, int columns) {
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(2, 2).applyTo(top);
		return top;
	}

	/** @return a push button labelled {@code text} that runs {@code action} */
	protected static Button button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	protected void createCanvas(Composite parent, int columns) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		GridDataFactory.fillDefaults().span(columns, 1).grab(true, true).applyTo(canvas);
		canvas.addPaintListener(e -> {
			Point size = canvas.getSize();
			try (SwtPainter painter = new SwtPainter(e.gc)) {
				paintChart(painter, size.x, size.y);
			}
		});
	}

	protected void exportButtons(Composite parent) {
		exportButton(parent, Messages.Export_png, "png", file -> exportPng(file)); //$NON-NLS-1$
		exportButton(parent, Messages.Export_svg, "svg", file -> exportSvg(file)); //$NON-NLS-1$
		exportButton(parent, Messages.Export_csv, "csv", this::exportCsv); //$NON-NLS-1$
	}

	private interface Save {
		void to(Path file) throws IOException;
	}

	private void exportButton(Composite parent, String label, String extension, Save save) {
		button(parent, label, () -> {
			if (chart() == null) {
				return;
			}
			FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*." + extension }); //$NON-NLS-1$
			dialog.setFileName(fileName() + "." + extension); //$NON-NLS-1$
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen != null) {
				try {
					save.to(Path.of(chosen));
				} catch (IOException | RuntimeException ex) {
					MessageDialog.openError(getSite().getShell(), label, NLS.bind(Messages.Export_failed, chosen, ex.getMessage()));
				}
			}
		});
	}

	/** Saves the chart as PNG at the canvas's size (UI thread). */
	public void exportPng(Path file) throws IOException {
		Point size = size();
		ChartExport.png(canvas.getDisplay(), file, size.x, size.y, p -> paintChart(p, size.x, size.y));
	}

	/** Saves the chart as SVG at the canvas's size (UI thread). */
	public void exportSvg(Path file) throws IOException {
		Point size = size();
		ChartExport.svg(file, size.x, size.y, p -> paintChart(p, size.x, size.y));
	}

	private Point size() {
		Point size = canvas.getSize();
		return size.x < 200 || size.y < 150 ? DEFAULT_SIZE : size;
	}

	/** What a view's job finds, for the chart. */
	@FunctionalInterface
	protected interface Analysis<R> {
		/** @return what was found in the project (not on the UI thread) */
		R run(IProgressMonitor monitor) throws IOException;
	}

	/**
	 * Runs {@code analysis} of {@code in} in a user job named {@code name}; when it is done, and the
	 * view still open, {@code in} becomes the project shown and {@code show} gets what was found (UI
	 * thread). A failure is the job's error status: {@code failed}, a colon and the exception's
	 * message, or only that message when {@code failed} is {@code null}.
	 *
	 * @return the job, scheduled
	 */
	protected <R> Job schedule(String name, String failed, Project in, Analysis<R> analysis, Consumer<R> show) {
		Job job = Job.create(name, (IJobFunction) monitor -> {
			try {
				R found = analysis.run(monitor);
				canvas.getDisplay().asyncExec(() -> {
					if (!canvas.isDisposed()) {
						project = in;
						show.accept(found);
					}
				});
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (IOException | RuntimeException e) {
				String message = failed == null ? e.getMessage() : failed + ": " + e.getMessage(); //$NON-NLS-1$
				return new Status(IStatus.ERROR, PLUGIN, message, e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	/** @return the canvas (tests) */
	public Canvas canvas() {
		return canvas;
	}
}
