package org.duizhao.annotations.ui.internal.shared;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a shared project's server, the member's login and password, and the working copy folder. */
public final class OpenSharedDialog extends ServerDialog {

	private Text folder;
	private Path workingCopy;

	/** @param parent the parent shell */
	public OpenSharedDialog(Shell parent) {
		super(parent, Messages.Open_title, Messages.Open_heading, Messages.Open_message, Messages.Open_button);
	}

	@Override
	void addFields(Composite grid) {
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
	String ownProblem() {
		return folder != null && folder.getText().isBlank() ? Messages.Open_noFolder : null;
	}

	@Override
	protected void okPressed() {
		workingCopy = Path.of(folder.getText().strip()).toAbsolutePath().normalize();
		super.okPressed();
	}

	/** Fills the fields as if typed (tests). */
	public void fill(String url, String user, String pass, Path copy) {
		fill(url, user, pass);
		folder.setText(copy.toString());
	}

	/** @return the working copy folder, after OK */
	public Path workingCopy() {
		return workingCopy;
	}
}
