package org.duizhao.corpus.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a project name and folder; the folder defaults to {@code ~/Duizhao/<name>}. */
final class NewProjectDialog extends TitleAreaDialog {

	private Text name;
	private Text location;
	private boolean locationEdited;
	private String chosenName;
	private Path chosenLocation;

	NewProjectDialog(Shell parent) {
		super(parent);
	}

	static Path defaultParent() {
		return Path.of(System.getProperty("user.home"), "Duizhao"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Project_newTitle);
		setMessage(Messages.Project_newMessage);
		getShell().setText(Messages.Project_newTitle);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayout(new GridLayout(3, false));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.Project_nameLabel);
		name = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, SWT.DEFAULT).applyTo(name);
		new Label(form, SWT.NONE).setText(Messages.Project_locationLabel);
		location = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText(Messages.Project_browse);
		browse.addListener(SWT.Selection, e -> browse());
		name.addModifyListener(e -> {
			if (!locationEdited) {
				location.setText(defaultParent().resolve(name.getText().trim()).toString());
				locationEdited = false;
			}
			validate();
		});
		location.addModifyListener(e -> {
			locationEdited = location.isFocusControl();
			validate();
		});
		return area;
	}

	private void browse() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setFilterPath(defaultParent().toString());
		String chosen = dialog.open();
		if (chosen != null) {
			locationEdited = true;
			location.setText(Path.of(chosen).resolve(name.getText().trim()).toString());
		}
	}

	private void validate() {
		String error = null;
		if (name.getText().isBlank()) {
			error = Messages.Project_nameEmpty;
		} else if (isNonEmptyFolder(Path.of(location.getText().trim()))) {
			error = NLS.bind(Messages.Project_exists, location.getText().trim());
		}
		setErrorMessage(error);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(error == null);
		}
	}

	private static boolean isNonEmptyFolder(Path path) {
		if (!Files.isDirectory(path)) {
			return false;
		}
		try (Stream<Path> s = Files.list(path)) {
			return s.findAny().isPresent();
		} catch (IOException e) {
			return true;
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	@Override
	protected void okPressed() {
		chosenName = name.getText().trim();
		chosenLocation = Path.of(location.getText().trim());
		super.okPressed();
	}

	String projectName() {
		return chosenName;
	}

	Path projectLocation() {
		return chosenLocation;
	}
}
