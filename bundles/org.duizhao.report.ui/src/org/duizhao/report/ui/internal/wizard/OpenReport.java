package org.duizhao.report.ui.internal.wizard;

import java.nio.file.Path;

import org.duizhao.report.ui.internal.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

/**
 * Offers to open a written report with the program the system associates with its type (a web
 * browser for HTML, a spreadsheet for CSV); says where the file is when there is none.
 */
final class OpenReport {

	private OpenReport() {
	}

	/** Asks on the UI thread, once the job has ended. */
	static void offerLater(Shell shell, Path file) {
		if (shell.isDisposed()) {
			return;
		}
		shell.getDisplay().asyncExec(() -> {
			if (!shell.isDisposed()) {
				offer(shell, file);
			}
		});
	}

	private static void offer(Shell shell, Path file) {
		MessageDialog dialog = new MessageDialog(shell, Messages.Open_title, null,
				NLS.bind(Messages.Open_message, file), MessageDialog.INFORMATION, 0, Messages.Open_open,
				IDialogConstants.CLOSE_LABEL);
		if (dialog.open() == 0 && !Program.launch(file.toString())) {
			MessageDialog.openInformation(shell, Messages.Open_title, NLS.bind(Messages.Open_noProgram, file));
		}
	}
}
