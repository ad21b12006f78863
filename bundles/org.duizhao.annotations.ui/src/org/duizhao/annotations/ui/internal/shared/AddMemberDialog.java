package org.duizhao.annotations.ui.internal.shared;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.duizhao.annotations.core.ProjectRole;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a new member's login, role and first password. Left empty, the password is made at
 * random and shown once for the owner to pass on; it is stored nowhere.
 */
final class AddMemberDialog extends Dialog {

	private Text login;
	private Combo role;
	private Text password;
	private String loginValue;
	private ProjectRole roleValue;
	private String passwordValue;

	AddMemberDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Add_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText(Messages.Add_login);
		login = new Text(area, SWT.BORDER);
		login.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(area, SWT.NONE).setText(Messages.Add_role);
		role = new Combo(area, SWT.READ_ONLY);
		for (ProjectRole r : ProjectRole.values()) {
			role.add(MembersDialog.roleName(r));
		}
		role.select(ProjectRole.CODER.ordinal());
		new Label(area, SWT.NONE).setText(Messages.Add_password);
		password = new Text(area, SWT.BORDER | SWT.PASSWORD);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 260;
		password.setLayoutData(data);
		password.setMessage(Messages.Add_passwordHint);
		login.addModifyListener(e -> getButton(IDialogConstants.OK_ID).setEnabled(!login.getText().isBlank()));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	@Override
	protected void okPressed() {
		loginValue = login.getText().strip();
		roleValue = ProjectRole.values()[role.getSelectionIndex()];
		passwordValue = password.getText();
		if (passwordValue.isEmpty()) {
			byte[] bytes = new byte[12];
			new SecureRandom().nextBytes(bytes);
			passwordValue = HexFormat.of().formatHex(bytes);
			MessageDialog.openInformation(getShell(), Messages.Add_title,
					NLS.bind(Messages.Add_generated, loginValue, passwordValue));
		}
		super.okPressed();
	}

	String login() {
		return loginValue;
	}

	ProjectRole role() {
		return roleValue;
	}

	String password() {
		return passwordValue;
	}
}
