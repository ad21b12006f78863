package org.duizhao.annotations.ui.internal.handlers;

import java.util.List;

import org.duizhao.annotations.ui.internal.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the type of a link (one of the project's types, or a new one typed in) and a memo. */
final class LinkDialog extends Dialog {

	private final String from;
	private final String to;
	private final List<String> types;
	private Combo typeBox;
	private Text memoBox;
	private String type;
	private String memo;

	LinkDialog(Shell parent, String from, String to, List<String> types) {
		super(parent);
		this.from = from;
		this.to = to;
		this.types = types;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Link_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		label(area, Messages.Link_from);
		label(area, from);
		label(area, Messages.Link_type);
		typeBox = new Combo(area, SWT.DROP_DOWN);
		typeBox.setItems(types.toArray(new String[0]));
		typeBox.select(0);
		typeBox.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		label(area, Messages.Link_to);
		label(area, to);
		label(area, Messages.Link_memo);
		memoBox = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, true).hint(380, 80).applyTo(memoBox);
		return area;
	}

	private static void label(Composite parent, String text) {
		Label l = new Label(parent, SWT.WRAP);
		l.setText(text);
		GridData data = new GridData(SWT.FILL, SWT.TOP, false, false);
		data.widthHint = text.length() > 20 ? 380 : SWT.DEFAULT;
		l.setLayoutData(data);
	}

	@Override
	protected void okPressed() {
		type = typeBox.getText().strip();
		memo = memoBox.getText();
		if (!type.isEmpty()) {
			super.okPressed();
		}
	}

	String type() {
		return type;
	}

	String memo() {
		return memo;
	}
}
