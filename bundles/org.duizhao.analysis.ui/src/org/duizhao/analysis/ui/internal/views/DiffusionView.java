package org.duizhao.analysis.ui.internal.views;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.corpus.DiffusionGrouping;
import org.duizhao.analysis.core.corpus.DiffusionReport;
import org.duizhao.analysis.core.corpus.FirstAppearance;
import org.duizhao.analysis.core.corpus.PhraseDiffusion;
import org.duizhao.analysis.core.format.DiffusionCsv;
import org.duizhao.analysis.ui.internal.Messages;
import org.duizhao.analysis.ui.internal.chart.DiffusionChart;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.text.core.normalize.ScriptTarget;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Phrase Diffusion: phrases typed (any script) or the shared formulas of the documents selected in
 * the explorer, followed across the project in a job; a timeline by region and a region × year
 * table ({@link DiffusionChart}), saved as PNG, SVG or CSV.
 */
public class DiffusionView extends ChartView {

	/** The view id. */
	public static final String ID = "org.duizhao.analysis.ui.diffusion"; //$NON-NLS-1$

	private Text phrases;
	private Combo shown;
	private Label first;
	private DiffusionReport report;
	private DiffusionChart chart;

	public DiffusionView() {
		super("diffusion"); //$NON-NLS-1$
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite top = controls(parent, 8);
		new Label(top, SWT.NONE).setText(Messages.Diffusion_phrases);
		phrases = new Text(top, SWT.BORDER | SWT.SEARCH);
		phrases.setMessage(Messages.Diffusion_phrasesHint);
		phrases.addListener(SWT.DefaultSelection, e -> showTyped());
		GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(phrases);
		button(top, Messages.Diffusion_show, this::showTyped);
		button(top, Messages.Diffusion_fromSelection, this::showSelectionFormulas);
		shown = new Combo(top, SWT.READ_ONLY);
		shown.addListener(SWT.Selection, e -> select());
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(shown);
		exportButtons(top);
		createCanvas(top, 8);
		first = new Label(top, SWT.WRAP);
		GridDataFactory.fillDefaults().span(8, 1).grab(true, false).applyTo(first);
	}

	private void showTyped() {
		List<String> list = Arrays.stream(phrases.getText().split("[\\s,，、;；]+")).filter(s -> !s.isBlank()).toList(); //$NON-NLS-1$
		Project p = CurrentProject.orTell(this);
		if (p != null && !list.isEmpty()) {
			show(p, list);
		}
	}

	private void showSelectionFormulas() {
		List<DocumentNode> docs = CurrentProject.selectedDocuments(getSite().getWorkbenchWindow());
		if (docs.size() < 2) {
			MessageDialog.openInformation(getSite().getShell(), getPartName(), Messages.Diffusion_noSelection);
			return;
		}
		schedule(docs.get(0).project(), null, docs.stream().map(DocumentNode::document).toList());
	}

	/** Follows {@code list} across {@code in} in a job; the chart shows when it is done. */
	public Job show(Project in, List<String> list) {
		phrases.setText(String.join(" ", list)); //$NON-NLS-1$
		return schedule(in, list, null);
	}

	private Job schedule(Project in, List<String> list, List<Document> selection) {
		return schedule(Messages.Diffusion_job, null, in, monitor -> find(in, list, selection, monitor), this::show);
	}

	private DiffusionReport find(Project in, List<String> list, List<Document> selection, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Diffusion_job, 10);
		PhraseDiffusion diffusion = new PhraseDiffusion(in.normalization().normalizer(ScriptTarget.SIMPLIFIED),
				SharedFormulas.DEFAULT_IGNORE);
		List<String> wanted = list;
		if (wanted == null) {
			List<String> texts = new ArrayList<>();
			for (Document d : selection) {
				texts.add(in.readText(d, d.current()));
			}
			wanted = diffusion.sharedFormulas(texts, 12);
		}
		progress.worked(1);
		return diffusion.find(in, wanted, progress.split(9));
	}

	private void show(DiffusionReport found) {
		report = found;
		shown.removeAll();
		shown.add(Messages.Diffusion_allPhrases);
		found.phrases().forEach(shown::add);
		shown.select(found.phrases().size() == 1 ? 1 : 0);
		select();
	}

	private void select() {
		String phrase = phrase();
		chart = new DiffusionChart(report, phrase);
		List<String> firsts = new ArrayList<>();
		for (FirstAppearance f : report.firstAppearances(phrase)) {
			firsts.add(f.region() + " " + f.date() + " (" + f.document().title() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		first.setText(NLS.bind(Messages.Diffusion_first, String.join(Messages.Chart_separator, firsts)));
		first.getParent().layout();
		canvas.redraw();
	}

	private String phrase() {
		int i = shown.getSelectionIndex();
		return i <= 0 ? null : report.phrases().get(i - 1);
	}

	/** Writes the region × year table of the phrase shown (all phrases: one block each) as CSV. */
	@Override
	public void exportCsv(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			String phrase = phrase();
			if (phrase == null) {
				DiffusionCsv.write(report, DiffusionGrouping.REGION_YEAR, out);
			} else {
				out.write('\uFEFF');
				DiffusionCsv.header(out, DiffusionGrouping.REGION_YEAR);
				DiffusionCsv.rows(out, phrase, chart.matrix());
			}
		}
	}

	/** @return the report shown, or {@code null} (tests) */
	public DiffusionReport report() {
		return report;
	}

	/** @return the chart shown, or {@code null} (tests) */
	@Override
	public DiffusionChart chart() {
		return chart;
	}
}
