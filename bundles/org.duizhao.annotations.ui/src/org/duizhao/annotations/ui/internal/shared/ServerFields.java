package org.duizhao.annotations.ui.internal.shared;

import org.duizhao.annotations.core.ServerAddress;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The server fields of the Share and Open Shared Project dialogs: URL, login and password, and a note
 * on TLS. Each label has a mnemonic, so every field is reachable with Alt and a letter.
 */
final class ServerFields {

	private final Text url;
	private final Text user;
	private final Text password;

	/** Adds the fields to {@code parent}, a two-column grid. */
	ServerFields(Composite parent, Runnable changed) {
		url = field(parent, Messages.Server_url, SWT.BORDER);
		url.setMessage("postgresql://db.example.org:5432/policy"); //$NON-NLS-1$
		user = field(parent, Messages.Server_user, SWT.BORDER);
		password = field(parent, Messages.Server_password, SWT.BORDER | SWT.PASSWORD);
		Label tls = new Label(parent, SWT.WRAP);
		tls.setText(Messages.Server_tls);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		data.widthHint = 420;
		tls.setLayoutData(data);
		for (Text t : new Text[] { url, user, password }) {
			t.addModifyListener(e -> changed.run());
		}
	}

	private static Text field(Composite parent, String label, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 360;
		text.setLayoutData(data);
		return text;
	}

	/** Fills the fields (tests, and a project that already names its server). */
	void set(String urlValue, String userValue, String passwordValue) {
		url.setText(urlValue == null ? "" : urlValue); //$NON-NLS-1$
		user.setText(userValue == null ? "" : userValue); //$NON-NLS-1$
		password.setText(passwordValue == null ? "" : passwordValue); //$NON-NLS-1$
	}

	/**
	 * @return the address typed
	 * @throws IllegalArgumentException with a message for the user when the URL or login is not valid
	 */
	ServerAddress address() {
		return ServerAddress.parse(url.getText(), user.getText());
	}

	/** @return the password typed */
	String password() {
		return password.getText();
	}

	/** @return a message for the user when the fields are not complete, else {@code null} */
	String problem() {
		if (url.getText().isBlank() || user.getText().isBlank()) {
			return Messages.Server_incomplete;
		}
		try {
			address();
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	/** Puts the focus in the first field. */
	void focus() {
		url.setFocus();
	}
}
