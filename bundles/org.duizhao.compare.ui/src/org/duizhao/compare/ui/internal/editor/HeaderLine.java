package org.duizhao.compare.ui.internal.editor;

import java.text.NumberFormat;
import java.util.List;

import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The line above the panes: similarity and counts on the left, the current change on the right,
 * or what is running. When the editor is too narrow for the whole summary it shows a shorter one
 * (similarity and number of changes), cut with an ellipsis only if even that does not fit; the
 * whole text is then in the tool tip.
 */
public final class HeaderLine {

	private final Composite row;
	private final Label summary;
	private final Label current;
	private List<String> forms = List.of(""); //$NON-NLS-1$

	HeaderLine(Composite parent) {
		row = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary = new Label(row, SWT.NONE);
		GridData fill = new GridData(SWT.FILL, SWT.CENTER, true, false);
		fill.widthHint = 0; // the summary takes what is left and never widens the editor
		summary.setLayoutData(fill);
		summary.addListener(SWT.Resize, e -> fit());
		current = new Label(row, SWT.NONE);
		current.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
	}

	void status(String text) {
		setForms(List.of(text));
		setCurrent(""); //$NON-NLS-1$
	}

	void show(CompareResult result) {
		CompareMetrics m = result.metrics();
		NumberFormat percent = NumberFormat.getPercentInstance();
		percent.setMaximumFractionDigits(1);
		String similarity = percent.format(m.similarity());
		int changes = result.hunks().size();
		setForms(List.of(
				NLS.bind(Messages.Header_summary, new Object[] { similarity, m.insertedChars(), m.deletedChars(),
						m.changedChars(), m.movedChars(), changes }),
				NLS.bind(Messages.Header_summaryShort, similarity, changes)));
		setCurrent(result.hunks().isEmpty() ? Messages.Header_noChanges : ""); //$NON-NLS-1$
	}

	void current(CompareResult result, int index) {
		Hunk h = result.hunks().get(index);
		setCurrent(NLS.bind(Messages.Header_current, new Object[] { index + 1, result.hunks().size(), typeName(h) }));
	}

	private void setForms(List<String> longestFirst) {
		forms = longestFirst;
		fit();
	}

	private void setCurrent(String text) {
		if (!text.equals(current.getText())) {
			current.setText(text);
			row.layout(true);
		}
	}

	/** Shows the longest form that fits the label, or the shortest one cut to fit. */
	private void fit() {
		String shown = TextFit.choose(summary, forms, summary.getSize().x);
		summary.setText(shown);
		summary.setToolTipText(shown.equals(forms.get(0)) ? null : forms.get(0));
	}

	private static String typeName(Hunk h) {
		return switch (h.type()) {
		case INSERT -> Messages.Type_insert;
		case DELETE -> Messages.Type_delete;
		case CHANGE -> Messages.Type_change;
		case MOVE -> Messages.Type_move;
		};
	}

	/** @return the label of the summary, for tests */
	public Label summaryLabel() {
		return summary;
	}

	/** @return the label of the current change, for tests */
	public Label currentLabel() {
		return current;
	}

	/** @return the whole summary, for tests */
	public String fullSummary() {
		return forms.get(0);
	}

	/** @return the summary text shown, for tests */
	String summaryText() {
		return summary.getText();
	}
}
