package org.duizhao.analysis.ui.internal.views;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.corpus.ProjectReuse;
import org.duizhao.analysis.core.corpus.ReuseReport;
import org.duizhao.analysis.core.format.ReuseCsv;
import org.duizhao.analysis.core.reuse.ReuseParameters;
import org.duizhao.analysis.ui.internal.Messages;
import org.duizhao.analysis.ui.internal.chart.ReuseChart;
import org.duizhao.corpus.core.Project;
import org.duizhao.text.core.normalize.ScriptTarget;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * Corpus Reuse: every pair of the project's documents above a resemblance threshold with the
 * volume of their shared passages, found in a job, drawn as a heat-map matrix and as a network
 * coloured by region ({@link ReuseChart}); saved as PNG, SVG or CSV.
 */
public class ReuseView extends ChartView {

	/** The view id. */
	public static final String ID = "org.duizhao.analysis.ui.reuse"; //$NON-NLS-1$
	private static final String PLUGIN = "org.duizhao.analysis.ui"; //$NON-NLS-1$

	private Spinner threshold;
	private Spinner containment;
	private ReuseReport report;
	private ReuseChart chart;
	private Project project;

	@Override
	public void createPartControl(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(9).margins(2, 2).applyTo(top);
		new Label(top, SWT.NONE).setText(Messages.Reuse_threshold);
		threshold = new Spinner(top, SWT.BORDER);
		threshold.setValues((int) Math.round(ReuseParameters.DEFAULT_THRESHOLD * 100), 5, 100, 2, 5, 10);
		Label containmentLabel = new Label(top, SWT.NONE);
		containmentLabel.setText(Messages.Reuse_containment);
		containmentLabel.setToolTipText(Messages.Reuse_containmentTip);
		containment = new Spinner(top, SWT.BORDER);
		containment.setValues((int) Math.round(ReuseParameters.DEFAULT_CONTAINMENT * 100), 0, 100, 2, 5, 10);
		containment.setToolTipText(Messages.Reuse_containmentTip);
		Button run = new Button(top, SWT.PUSH);
		run.setText(Messages.Reuse_run);
		run.addListener(SWT.Selection, e -> {
			Project p = currentProject();
			if (p == null) {
				MessageDialog.openInformation(getSite().getShell(), getPartName(), Messages.Diffusion_noProject);
			} else {
				run(p, threshold.getSelection() / 100.0, containment.getSelection() / 100.0);
			}
		});
		Label gap = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(gap);
		exportButtons(top);
		createCanvas(top, 9);
	}

	/**
	 * Finds reuse in {@code in} at resemblance {@code value} and the containment shown in a job.
	 *
	 * @see #run(Project, double, double)
	 */
	public Job run(Project in, double value) {
		return run(in, value, containment.getSelection() / 100.0);
	}

	/**
	 * Finds reuse in {@code in} at resemblance {@code value} or containment {@code contained} (0:
	 * resemblance alone) in a job; the chart shows when it is done.
	 */
	public Job run(Project in, double value, double contained) {
		threshold.setSelection((int) Math.round(value * 100));
		containment.setSelection((int) Math.round(contained * 100));
		ReuseParameters parameters = ReuseParameters.withThreshold(value).withContainment(contained);
		Job job = Job.create(Messages.Reuse_job, (IJobFunction) monitor -> {
			try {
				ReuseReport found = new ProjectReuse(in.normalization().normalizer(ScriptTarget.SIMPLIFIED),
						SharedFormulas.DEFAULT_IGNORE).run(in, parameters, monitor);
				canvas.getDisplay().asyncExec(() -> show(in, found));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (IOException | RuntimeException e) {
				return new Status(IStatus.ERROR, PLUGIN, Messages.Reuse_failed + ": " + e.getMessage(), e); //$NON-NLS-1$
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void show(Project in, ReuseReport found) {
		if (canvas.isDisposed()) {
			return;
		}
		project = in;
		report = found;
		chart = new ReuseChart(found);
		canvas.redraw();
	}

	@Override
	protected String fileName() {
		return (project == null ? "" : project.name() + "-") + "reuse"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public void exportCsv(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			ReuseCsv.write(report, out);
		}
	}

	/** @return the report shown, or {@code null} (tests) */
	public ReuseReport report() {
		return report;
	}

	/** @return the chart shown, or {@code null} (tests) */
	@Override
	public ReuseChart chart() {
		return chart;
	}
}
