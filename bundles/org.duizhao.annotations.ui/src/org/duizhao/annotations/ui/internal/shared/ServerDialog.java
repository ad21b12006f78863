package org.duizhao.annotations.ui.internal.shared;

import org.duizhao.annotations.core.ServerAddress;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog that asks for a server, a login and a password ({@link ServerFields}), and keeps its OK
 * button off and says why while they are incomplete: the common part of the Share and the Open
 * Shared Project dialogs. A subclass may add fields below the server's and problems of its own.
 */
public abstract class ServerDialog extends TitleAreaDialog {

	private final String title;
	private final String heading;
	private final String message;
	private final String button;
	private ServerFields fields;
	private ServerAddress address;
	private String password;

	/** The texts are the shell's title, the heading, the message while all is well, and the OK button's. */
	ServerDialog(Shell parent, String title, String heading, String message, String button) {
		super(parent);
		this.title = title;
		this.heading = heading;
		this.message = message;
		this.button = button;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(heading);
		setMessage(message);
		Composite grid = new Composite(area, SWT.NONE);
		grid.setLayout(new GridLayout(2, false));
		grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields = new ServerFields(grid, this::validate);
		addFields(grid);
		fields.focus();
		return area;
	}

	/** Adds the dialog's own fields below the server's to {@code grid}, a two-column grid; none by default. */
	void addFields(Composite grid) {
		// none
	}

	/** @return a message for the user when the dialog's own fields are not complete, else {@code null} */
	String ownProblem() {
		return null;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, button, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	/** Turns OK on or off and shows the first problem; the dialog's own fields call it when they change. */
	final void validate() {
		Control ok = getButton(IDialogConstants.OK_ID);
		String problem = fields == null ? null : fields.problem();
		if (problem == null) {
			problem = ownProblem();
		}
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
		if (problem == null) {
			setMessage(message);
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

	/** Fills the server fields as if typed (tests). */
	public void fill(String url, String user, String pass) {
		fields.set(url, user, pass);
	}

	/** @return the server and login, after OK */
	public ServerAddress address() {
		return address;
	}

	/** @return the password typed, after OK */
	public String password() {
		return password;
	}
}
