package org.duizhao.compare.ui.internal.editor;

import java.text.NumberFormat;

import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The line above the panes: similarity and counts, the current change, or what is running. */
final class HeaderLine {

	private final Label summary;
	private final Label current;

	HeaderLine(Composite parent) {
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		current = new Label(parent, SWT.NONE);
		current.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	void status(String text) {
		summary.setText(text);
		current.setText(""); //$NON-NLS-1$
	}

	void show(CompareResult result) {
		CompareMetrics m = result.metrics();
		NumberFormat percent = NumberFormat.getPercentInstance();
		percent.setMaximumFractionDigits(1);
		summary.setText(NLS.bind(Messages.Header_summary, new Object[] { percent.format(m.similarity()),
				m.insertedChars(), m.deletedChars(), m.changedChars(), m.movedChars(), result.hunks().size() }));
		current.setText(result.hunks().isEmpty() ? Messages.Header_noChanges : ""); //$NON-NLS-1$
	}

	void current(CompareResult result, int index) {
		Hunk h = result.hunks().get(index);
		current.setText(NLS.bind(Messages.Header_current,
				new Object[] { index + 1, result.hunks().size(), typeName(h) }));
	}

	private static String typeName(Hunk h) {
		return switch (h.type()) {
		case INSERT -> Messages.Type_insert;
		case DELETE -> Messages.Type_delete;
		case CHANGE -> Messages.Type_change;
		case MOVE -> Messages.Type_move;
		};
	}

	/** @return the summary text, for tests */
	String summaryText() {
		return summary.getText();
	}
}
