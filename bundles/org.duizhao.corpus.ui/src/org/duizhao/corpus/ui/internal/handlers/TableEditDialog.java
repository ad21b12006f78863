package org.duizhao.corpus.ui.internal.handlers;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.corpus.core.ProjectNormalization;
import org.duizhao.corpus.ui.internal.CjkFonts;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.text.core.normalize.BoilerplateRules;
import org.duizhao.text.core.normalize.LookalikeTable;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Edits a normalization table of a project as text. The table is parsed on every change and on
 * save; a malformed line is named and the file is not written, so nothing half-valid is saved.
 */
final class TableEditDialog extends TitleAreaDialog {

	private final String title;
	private final Path file;
	private final boolean boilerplate;
	private final ProjectNormalization tables;
	private Text text;

	TableEditDialog(Shell parent, String title, ProjectNormalization tables, boolean boilerplate) {
		super(parent);
		this.title = title;
		this.tables = tables;
		this.file = boilerplate ? tables.boilerplateFile() : tables.lookalikesFile();
		this.boilerplate = boilerplate;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText(title);
		setTitle(title);
		setMessage(boilerplate ? Messages.Table_boilerplateHelp : Messages.Table_lookalikesHelp);
		text = new Text(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 420).applyTo(text);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), text);
		CjkFonts.fontData(text.getDisplay(), JFaceResources.getTextFont().getFontData()[0].getHeight())
				.ifPresent(data -> text.setFont(resources.create(FontDescriptor.createFrom(data))));
		try {
			text.setText(Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.Table_saveFailed, e.getMessage()));
		}
		text.addModifyListener(e -> validate());
		return area;
	}

	/** @return the problem with the text as a table, or {@code null} when it parses */
	private String problem() {
		try {
			if (boilerplate) {
				BoilerplateRules.parse(new StringReader(text.getText()));
			} else {
				LookalikeTable.parse(text.getText());
			}
			return null;
		} catch (IllegalArgumentException | IOException e) {
			return e.getMessage();
		}
	}

	private boolean validate() {
		String problem = problem();
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		return problem == null;
	}

	@Override
	protected void okPressed() {
		if (!validate()) {
			return;
		}
		try {
			if (boilerplate) {
				tables.saveBoilerplateRules(text.getText());
			} else {
				tables.saveLookalikes(text.getText());
			}
			super.okPressed();
		} catch (IOException | IllegalArgumentException e) {
			setErrorMessage(NLS.bind(Messages.Table_saveFailed, e.getMessage()));
		}
	}
}
