package org.duizhao.annotations.ui.internal.exchange;

import org.duizhao.annotations.ui.internal.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;

/** Shows what an import or export did and, below, each item that could not be mapped and why. */
public final class ExchangeSummaryDialog extends Dialog {

	private final ExchangeSummary summary;
	private List problemList;

	/** @param summary what to show */
	public ExchangeSummaryDialog(Shell parent, ExchangeSummary summary) {
		super(parent);
		this.summary = summary;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/** Opens the dialog over {@code shell} from any thread; does nothing when {@code shell} is {@code null}. */
	static void openLater(Shell shell, ExchangeSummary summary) {
		if (shell == null || shell.isDisposed()) {
			return;
		}
		shell.getDisplay().asyncExec(() -> {
			if (!shell.isDisposed()) {
				new ExchangeSummaryDialog(shell, summary).open();
			}
		});
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(summary.title());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label headline = new Label(area, SWT.WRAP);
		headline.setText(summary.headline());
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(headline);
		Label notMapped = new Label(area, SWT.WRAP);
		notMapped.setText(summary.problems().isEmpty() ? Messages.Exchange_allMapped
				: NLS.bind(Messages.Exchange_notMapped, summary.problems().size()));
		if (!summary.problems().isEmpty()) {
			problemList = new List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
			summary.problems().forEach(problemList::add);
			GridDataFactory.fillDefaults().grab(true, true).hint(640, 220).applyTo(problemList);
		}
		return area;
	}

	/** @return the list of problems shown, or {@code null} when there were none (tests) */
	public List problemList() {
		return problemList;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
