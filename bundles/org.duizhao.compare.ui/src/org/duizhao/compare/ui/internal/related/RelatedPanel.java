package org.duizhao.compare.ui.internal.related;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.compare.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * The lower half of the compare editor in Related mode: the score threshold of the parallel
 * passages, and three tabs (Parallel Passages, Shared Formulas, Distinctive Vocabulary).
 */
public final class RelatedPanel {

	/** The threshold shown first. */
	public static final double DEFAULT_THRESHOLD = 0.5;

	private final Composite area;
	private final Spinner threshold;
	private final Label summary;
	private final CTabFolder tabs;
	private final PassagesTable passages;
	private final FormulasTable formulas;
	private final VocabularyTable vocabulary;

	/**
	 * @param parent the parent
	 * @param thresholdChanged hears the new threshold
	 * @param passageSelected hears the passage selected in the table
	 * @param formulasSelected hears the formulas selected in the table
	 * @param codeAll codes the occurrences of the selected formulas
	 */
	RelatedPanel(Composite parent, DoubleConsumer thresholdChanged, Consumer<ParallelPassage> passageSelected,
			Consumer<List<FormulaRow>> formulasSelected, Runnable codeAll) {
		area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 0;
		layout.marginHeight = 2;
		area.setLayout(layout);
		Label label = new Label(area, SWT.NONE);
		label.setText(Messages.Related_threshold);
		threshold = new Spinner(area, SWT.BORDER);
		threshold.setValues((int) Math.round(DEFAULT_THRESHOLD * 100), (int) Math.round(RelatedJob.FLOOR * 100), 100, 2,
				5, 10);
		threshold.setToolTipText(Messages.Related_thresholdTip);
		threshold.addListener(SWT.Modify, e -> thresholdChanged.accept(threshold()));
		summary = new Label(area, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tabs = new CTabFolder(area, SWT.BORDER | SWT.TOP);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		passages = new PassagesTable(tabs, passageSelected);
		formulas = new FormulasTable(tabs, formulasSelected, codeAll);
		vocabulary = new VocabularyTable(tabs);
		tab(Messages.Related_passagesTab, passages.control());
		tab(Messages.Related_formulasTab, formulas.control());
		tab(Messages.Related_vocabularyTab, vocabulary.control());
		tabs.setSelection(0);
	}

	private void tab(String title, Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	/** Shows a new analysis. */
	void show(RelatedResult result) {
		formulas.show(result);
		vocabulary.show(result);
		showPassages(result);
	}

	/** Shows the passages of {@code result} at or above the threshold. */
	void showPassages(RelatedResult result) {
		List<ParallelPassage> shown = result.passages(threshold());
		passages.show(result, shown);
		summary.setText(NLS.bind(Messages.Related_passageCount, shown.size(), result.passages().size()));
		area.layout(true);
	}

	/** @return the threshold, 0–1 */
	public double threshold() {
		return threshold.getSelection() / 100.0;
	}

	/** Sets the threshold (as the researcher would). */
	public void setThreshold(double value) {
		threshold.setSelection((int) Math.round(value * 100));
		threshold.notifyListeners(SWT.Modify, new org.eclipse.swt.widgets.Event()); // not every platform tells
	}

	/** @return the Parallel Passages table, for tests */
	public org.eclipse.jface.viewers.TableViewer passagesViewer() {
		return passages.viewer();
	}

	/** @return the Shared Formulas table, for tests */
	public org.eclipse.jface.viewers.TableViewer formulasViewer() {
		return formulas.viewer();
	}

	/** @return the Distinctive Vocabulary table, for tests */
	public org.eclipse.jface.viewers.TableViewer vocabularyViewer() {
		return vocabulary.viewer();
	}

	/** Selects {@code p} in the table, as a click would. */
	public void selectPassage(ParallelPassage p) {
		tabs.setSelection(0);
		passages.select(p);
	}

	/** Selects {@code rows} in the formulas table, as a click would. */
	public void selectFormulas(List<FormulaRow> rows) {
		tabs.setSelection(1);
		formulas.select(rows);
	}

	/** @return the formulas selected */
	public List<FormulaRow> selectedFormulas() {
		return formulas.selection();
	}

	/** @return the passage selected, or {@code null} */
	public ParallelPassage selectedPassage() {
		return passages.selection();
	}

	/** Shows or hides generic phrases. */
	public void setShowGeneric(boolean on) {
		formulas.setShowGeneric(on);
	}

	/** @param available whether the code-all button works */
	void setCodingAvailable(boolean available) {
		formulas.setCodingAvailable(available);
	}

	/** @return the vocabulary table's controls, for tests */
	VocabularyTable vocabulary() {
		return vocabulary;
	}

	/** Filters the vocabulary (as typing in its filter would) and picks a side: 0 both, 1 A, 2 B. */
	public void filterVocabulary(String text, int side) {
		vocabulary.setFilter(text);
		vocabulary.setSide(side);
	}

	/** @return the vocabulary rows shown, in order */
	public List<VocabularyRow> visibleVocabulary() {
		return vocabulary.visibleRows();
	}

	/** Saves the vocabulary shown as CSV. */
	public void saveVocabulary(java.nio.file.Path file) throws java.io.IOException {
		vocabulary.save(file);
	}

	/** Shows tab {@code index} (0 passages, 1 formulas, 2 vocabulary). */
	public void showTab(int index) {
		tabs.setSelection(index);
	}

	/** @return the outer control */
	public Control control() {
		return area;
	}
}
