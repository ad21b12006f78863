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
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
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

	private Spinner threshold;
	private Spinner containment;
	private ReuseReport report;
	private ReuseChart chart;

	public ReuseView() {
		super("reuse"); //$NON-NLS-1$
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite top = controls(parent, 9);
		new Label(top, SWT.NONE).setText(Messages.Reuse_threshold);
		threshold = new Spinner(top, SWT.BORDER);
		threshold.setValues((int) Math.round(ReuseParameters.DEFAULT_THRESHOLD * 100), 5, 100, 2, 5, 10);
		Label containmentLabel = new Label(top, SWT.NONE);
		containmentLabel.setText(Messages.Reuse_containment);
		containmentLabel.setToolTipText(Messages.Reuse_containmentTip);
		containment = new Spinner(top, SWT.BORDER);
		containment.setValues((int) Math.round(ReuseParameters.DEFAULT_CONTAINMENT * 100), 0, 100, 2, 5, 10);
		containment.setToolTipText(Messages.Reuse_containmentTip);
		button(top, Messages.Reuse_run, () -> {
			Project p = CurrentProject.orTell(this);
			if (p != null) {
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
		return schedule(Messages.Reuse_job, Messages.Reuse_failed, in,
				monitor -> new ProjectReuse(in.normalization().normalizer(ScriptTarget.SIMPLIFIED),
						SharedFormulas.DEFAULT_IGNORE).run(in, parameters, monitor),
				this::show);
	}

	private void show(ReuseReport found) {
		report = found;
		chart = new ReuseChart(found);
		canvas.redraw();
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
