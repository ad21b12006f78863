package org.duizhao.analysis.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.duizhao.analysis.core.Keyness;
import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.corpus.CorpusDocument;
import org.duizhao.analysis.core.corpus.KeynessReport;
import org.duizhao.analysis.core.corpus.KeynessTarget;
import org.duizhao.analysis.core.corpus.ProjectKeyness;
import org.duizhao.analysis.ui.internal.Messages;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.text.core.normalize.ScriptTarget;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * Distinctive Vocabulary: the words over-represented in the documents selected in the explorer, a
 * region or a year against the rest of the project ({@link ProjectKeyness}), found in a job, shown
 * in a table sortable by every column, filtered by a word and saved as CSV.
 */
public class KeynessView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.duizhao.analysis.ui.keyness"; //$NON-NLS-1$
	private static final String PLUGIN = "org.duizhao.analysis.ui"; //$NON-NLS-1$
	private static final int BY_SELECTION = 0;
	private static final int BY_REGION = 1;
	private static final int BY_YEAR = 2;

	private Combo kind;
	private Combo value;
	private Spinner minCount;
	private Text filter;
	private Label summary;
	private KeywordTable table;
	private KeynessReport report;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(8).margins(4, 4).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.Keyness_target);
		kind = new Combo(parent, SWT.READ_ONLY);
		kind.setItems(Messages.Keyness_selection, Messages.Keyness_region, Messages.Keyness_year);
		kind.select(BY_SELECTION);
		kind.addListener(SWT.Selection, e -> fillValues());
		value = new Combo(parent, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(150, SWT.DEFAULT).applyTo(value);
		new Label(parent, SWT.NONE).setText(Messages.Keyness_minCount);
		minCount = new Spinner(parent, SWT.BORDER);
		minCount.setValues((int) ProjectKeyness.Options.defaults().minCount(), 1, 1000, 0, 1, 10);
		Button run = new Button(parent, SWT.PUSH);
		run.setText(Messages.Keyness_run);
		run.addListener(SWT.Selection, e -> runChosen());
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Keyness_filter);
		filter.addListener(SWT.Modify, e -> table.setFilter(filter.getText()));
		GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).minSize(100, SWT.DEFAULT).applyTo(filter);
		Button export = new Button(parent, SWT.PUSH);
		export.setText(Messages.Export_csv);
		export.addListener(SWT.Selection, e -> export());
		summary = new Label(parent, SWT.WRAP);
		summary.setText(Messages.Keyness_hint);
		GridDataFactory.fillDefaults().span(8, 1).grab(true, false).applyTo(summary);
		table = new KeywordTable(parent);
		GridDataFactory.fillDefaults().span(8, 1).grab(true, true).applyTo(table.control());
		fillValues();
	}

	/** Lists the regions or years of the current project's documents (none for the selection). */
	private void fillValues() {
		int k = kind.getSelectionIndex();
		Project p = CurrentProject.of(getSite().getWorkbenchWindow());
		String was = value.getText();
		value.removeAll();
		value.setEnabled(k != BY_SELECTION && p != null);
		if (k == BY_SELECTION || p == null) {
			return;
		}
		Function<CorpusDocument, String> key = k == BY_REGION ? CorpusDocument::regionKey : CorpusDocument::year;
		TreeSet<String> values = new TreeSet<>();
		p.documents().forEach(d -> values.add(shown(key.apply(CorpusDocument.of(d)))));
		values.forEach(value::add);
		int again = value.indexOf(was);
		value.select(Math.max(0, again));
	}

	private static String shown(String key) {
		return key.equals(CorpusDocument.UNKNOWN) ? Messages.Chart_unknown : key;
	}

	private void runChosen() {
		Project p = CurrentProject.orTell(this);
		if (p == null) {
			return;
		}
		KeynessTarget target;
		if (kind.getSelectionIndex() == BY_SELECTION) {
			List<DocumentNode> docs = CurrentProject.selectedDocuments(getSite().getWorkbenchWindow());
			if (docs.isEmpty()) {
				MessageDialog.openInformation(getSite().getShell(), getPartName(), Messages.Keyness_noSelection);
				return;
			}
			target = KeynessTarget.documents(docs.stream().map(d -> d.document().id()).toList());
		} else {
			String v = value.getText().equals(Messages.Chart_unknown) ? CorpusDocument.UNKNOWN : value.getText();
			target = kind.getSelectionIndex() == BY_REGION ? KeynessTarget.region(v) : KeynessTarget.year(v);
		}
		run(p, target, minCount.getSelection());
	}

	/** Finds the distinctive words of {@code target} in {@code in} in a job; the table fills when done. */
	public Job run(Project in, KeynessTarget target, int fewest) {
		minCount.setSelection(fewest);
		showTarget(target);
		summary.setText(Messages.Keyness_job);
		Job job = Job.create(Messages.Keyness_job, (IJobFunction) monitor -> {
			try {
				KeynessReport found = new ProjectKeyness(in.normalization().normalizer(ScriptTarget.SIMPLIFIED),
						SharedFormulas.DEFAULT_IGNORE).find(in, target, new ProjectKeyness.Options(fewest, Keyness.P05, 0),
								monitor);
				summary.getDisplay().asyncExec(() -> show(found));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (IllegalArgumentException e) {
				summary.getDisplay().asyncExec(() -> showProblem(Messages.Keyness_emptyTarget));
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				summary.getDisplay().asyncExec(() -> showProblem(Messages.Keyness_failed));
				return new Status(IStatus.ERROR, PLUGIN, Messages.Keyness_failed + ": " + e.getMessage(), e); //$NON-NLS-1$
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Sets the combos to {@code target}, so that they say what is shown. */
	private void showTarget(KeynessTarget target) {
		kind.select(switch (target.kind()) {
		case DOCUMENTS -> BY_SELECTION;
		case REGION -> BY_REGION;
		case YEAR -> BY_YEAR;
		});
		fillValues();
		if (target.kind() != KeynessTarget.Kind.DOCUMENTS) {
			int at = value.indexOf(shown(target.value()));
			if (at >= 0) {
				value.select(at);
			}
		}
	}

	/** Shows {@code message} instead of a result: the rows of an earlier run would mislead. */
	private void showProblem(String message) {
		if (!summary.isDisposed()) {
			report = null;
			summary.setText(message);
			table.show(List.of());
		}
	}

	private void show(KeynessReport found) {
		if (summary.isDisposed()) {
			return;
		}
		report = found;
		summary.setText(NLS.bind(Messages.Keyness_summary, new Object[] { describe(found.target()),
				found.targetDocuments().size(), found.targetWords(), found.restDocuments(), found.restWords(),
				found.keywords().size() }));
		summary.getParent().layout();
		table.show(found.keywords());
	}

	private static String describe(KeynessTarget target) {
		return switch (target.kind()) {
		case DOCUMENTS -> Messages.Keyness_selection;
		case REGION -> NLS.bind(Messages.Keyness_ofRegion, shown(target.value()));
		case YEAR -> NLS.bind(Messages.Keyness_ofYear, shown(target.value()));
		};
	}

	private void export() {
		if (report == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		dialog.setFileName("distinctive-vocabulary.csv"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				table.save(Path.of(chosen));
			} catch (IOException | RuntimeException ex) {
				MessageDialog.openError(getSite().getShell(), Messages.Export_csv,
						NLS.bind(Messages.Export_failed, chosen, ex.getMessage()));
			}
		}
	}

	/** Saves the rows shown, in the order shown, as CSV (UI thread). */
	public void exportCsv(Path file) throws IOException {
		table.save(file);
	}

	/** @param text the word filter, as if typed */
	public void setFilter(String text) {
		filter.setText(text);
	}

	/** Sorts by column {@code index} (0 word, 1–2 counts, 3–4 per million, 5 G²). */
	public void sort(int index, boolean up) {
		table.sort(index, up);
	}

	/** @return the rows shown, in the order shown (UI thread) */
	public List<org.duizhao.analysis.core.Keyword> visibleRows() {
		return table.visibleRows();
	}

	/** @return the report shown, or {@code null} */
	public KeynessReport report() {
		return report;
	}

	/** @return the summary line (tests) */
	public String summary() {
		return summary.getText();
	}

	@Override
	public void setFocus() {
		fillValues(); // the project or its metadata may have changed since
		kind.setFocus();
	}
}
