package org.duizhao.annotations.ui.internal.shared;

import java.nio.file.Path;

import org.duizhao.annotations.core.ServerAddress;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a shared project's server, the member's login and password, and the working copy folder. */
public final class OpenSharedDialog extends TitleAreaDialog {

	private ServerFields fields;
	private Text folder;
	private ServerAddress address;
	private String password;
	private Path workingCopy;

	/** @param parent the parent shell */
	public OpenSharedDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Open_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Open_heading);
		setMessage(Messages.Open_message);
		Composite grid = new Composite(area, SWT.NONE);
		grid.setLayout(new GridLayout(2, false));
		grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields = new ServerFields(grid, this::validate);
		new Label(grid, SWT.NONE).setText(Messages.Open_folder);
		Composite row = new Composite(grid, SWT.NONE);
		GridLayout rowLayout = new GridLayout(2, false);
		rowLayout.marginWidth = 0;
		rowLayout.marginHeight = 0;
		row.setLayout(rowLayout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folder = new Text(row, SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folder.addModifyListener(e -> validate());
		Button browse = new Button(row, SWT.PUSH);
		browse.setText(Messages.Open_browse);
		browse.addListener(SWT.Selection, e -> browse());
		fields.focus();
		return area;
	}

	private void browse() {
		DirectoryDialog d = new DirectoryDialog(getShell());
		d.setMessage(Messages.Open_folderPrompt);
		String chosen = d.open();
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Open_button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		Control ok = getButton(IDialogConstants.OK_ID);
		String problem = fields == null ? null : fields.problem();
		if (problem == null && folder != null && folder.getText().isBlank()) {
			problem = Messages.Open_noFolder;
		}
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
		if (problem == null) {
			setMessage(Messages.Open_message);
		} else {
			setMessage(problem, IMessageProvider.INFORMATION);
		}
	}

	@Override
	protected void okPressed() {
		address = fields.address();
		password = fields.password();
		workingCopy = Path.of(folder.getText().strip()).toAbsolutePath().normalize();
		super.okPressed();
	}

	/** Fills the fields as if typed (tests). */
	public void fill(String url, String user, String pass, Path copy) {
		fields.set(url, user, pass);
		folder.setText(copy.toString());
	}

	/** @return the server and login, after OK */
	public ServerAddress address() {
		return address;
	}

	/** @return the password, after OK */
	public String password() {
		return password;
	}

	/** @return the working copy folder, after OK */
	public Path workingCopy() {
		return workingCopy;
	}
}
