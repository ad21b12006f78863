package org.duizhao.analysis.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;

import org.duizhao.analysis.ui.internal.Messages;
import org.duizhao.analysis.ui.internal.chart.Chart;
import org.duizhao.analysis.ui.internal.chart.ChartExport;
import org.duizhao.analysis.ui.internal.chart.Painter;
import org.duizhao.analysis.ui.internal.chart.Palette;
import org.duizhao.analysis.ui.internal.chart.SwtPainter;
import org.duizhao.corpus.core.Project;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;

/**
 * What the Diffusion and Reuse views share: a chart canvas painted through {@link Painter}, and
 * the buttons that save it as PNG, SVG and CSV.
 */
abstract class ChartView extends ViewPart {

	/** The size of an exported image when the canvas has none yet. */
	private static final Point DEFAULT_SIZE = new Point(1000, 700);

	protected Canvas canvas;

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

	/** @return the base of file names offered */
	protected abstract String fileName();

	/** Writes the chart's data as CSV. */
	public abstract void exportCsv(Path file) throws IOException;

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
		button(parent, Messages.Export_png, "png", file -> exportPng(file)); //$NON-NLS-1$
		button(parent, Messages.Export_svg, "svg", file -> exportSvg(file)); //$NON-NLS-1$
		button(parent, Messages.Export_csv, "csv", this::exportCsv); //$NON-NLS-1$
	}

	private interface Save {
		void to(Path file) throws IOException;
	}

	private void button(Composite parent, String label, String extension, Save save) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(label);
		b.addListener(SWT.Selection, e -> {
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

	/** @return the project of the explorer's selection, else the first open project, or {@code null} */
	protected Project currentProject() {
		return CurrentProject.of(getSite().getWorkbenchWindow());
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
