package org.duizhao.compare.ui.internal.editor;

import java.text.NumberFormat;

import org.duizhao.compare.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * An information bar above the panes, shown when two documents compared as versions have little in
 * common: they may be related texts (a decision and an article that learns from it), which the
 * Related mode shows better. One button switches, another closes the bar for this editor.
 */
public final class SuggestionBar {

	/** Below this similarity the Related mode is suggested. */
	public static final double LOW_SIMILARITY = 0.3;

	private final Composite bar;
	private final Label message;
	private final Button show;
	private boolean dismissed;

	SuggestionBar(Composite parent, Runnable showRelated) {
		bar = new Composite(parent, SWT.BORDER);
		bar.setBackground(bar.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		GridLayout layout = new GridLayout(3, false);
		layout.marginHeight = 2;
		bar.setLayout(layout);
		message = new Label(bar, SWT.WRAP);
		message.setBackground(bar.getBackground());
		message.setForeground(bar.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		GridData fill = new GridData(SWT.FILL, SWT.CENTER, true, false);
		fill.widthHint = 0;
		message.setLayoutData(fill);
		show = new Button(bar, SWT.PUSH);
		show.setText(Messages.Suggest_show);
		show.addListener(SWT.Selection, e -> {
			hide();
			showRelated.run();
		});
		Button close = new Button(bar, SWT.PUSH);
		close.setText(Messages.Suggest_dismiss);
		close.addListener(SWT.Selection, e -> {
			dismissed = true;
			hide();
		});
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		setVisible(false);
	}

	/** Shows the bar if {@code similarity} is low (and the researcher did not close it), else hides it. */
	void offer(double similarity) {
		if (similarity >= LOW_SIMILARITY || dismissed) {
			hide();
			return;
		}
		NumberFormat percent = NumberFormat.getPercentInstance();
		percent.setMaximumFractionDigits(1);
		message.setText(NLS.bind(Messages.Suggest_message, percent.format(similarity)));
		setVisible(true);
	}

	void hide() {
		setVisible(false);
	}

	private void setVisible(boolean visible) {
		if (bar.getVisible() != visible || ((GridData) bar.getLayoutData()).exclude == visible) {
			bar.setVisible(visible);
			((GridData) bar.getLayoutData()).exclude = !visible;
			bar.getParent().layout(true, true);
		}
	}

	/** @return whether the bar is shown */
	public boolean isShown() {
		return bar.getVisible();
	}

	/** Presses the button that shows the Related mode, for tests. */
	public void pressShow() {
		show.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** @return the message shown, for tests */
	public String message() {
		return message.getText();
	}
}
