package org.duizhao.annotations.ui.internal.shared;

import org.duizhao.annotations.core.ServerAddress;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Asks where to share a project: the server URL, the owner's login and password. */
public final class ShareDialog extends TitleAreaDialog {

	private final String projectName;
	private ServerFields fields;
	private ServerAddress address;
	private String password;

	/** @param projectName the project to share */
	public ShareDialog(Shell parent, String projectName) {
		super(parent);
		this.projectName = projectName;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Share_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Share_heading, projectName));
		setMessage(Messages.Share_message);
		Composite grid = new Composite(area, SWT.NONE);
		grid.setLayout(new GridLayout(2, false));
		grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields = new ServerFields(grid, this::validate);
		fields.focus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Share_button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		Control ok = getButton(IDialogConstants.OK_ID);
		String problem = fields == null ? null : fields.problem();
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
		if (problem == null) {
			setMessage(Messages.Share_message);
		} else {
			setMessage(problem, IMessageProvider.INFORMATION);
		}
	}

	@Override
	protected void okPressed() {
		address = fields.address();
		password = fields.password();
		super.okPressed();
	}

	/** @return the fields (tests fill them as if typed) */
	public void fill(String url, String user, String pass) {
		fields.set(url, user, pass);
	}

	/** @return the server and login chosen, after OK */
	public ServerAddress address() {
		return address;
	}

	/** @return the password typed, after OK */
	public String password() {
		return password;
	}
}
