package org.duizhao.annotations.ui.internal.shared;

import java.nio.file.Path;

import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * What the workbench does with a failed write: a conflict (someone changed the record first) is kept
 * for the Conflicts view, with both versions, and the researcher is offered to resolve it now; any
 * other failure is shown as it is.
 */
public final class Refusals {

	private Refusals() {
	}

	/**
	 * @param title the dialog title
	 * @param root the project folder
	 * @param mine the version the researcher tried to write
	 * @param e why the write failed
	 */
	public static void report(Shell shell, String title, Path root, Object mine, StoreException e) {
		if (!(e instanceof ConflictException conflict)) {
			MessageDialog.openError(shell, title, e.getMessage());
			return;
		}
		AnnotationsUiPlugin.getDefault().conflicts().add(root, mine, conflict);
		if (MessageDialog.openQuestion(shell, title, Messages.Conflict_kept)) {
			showView();
		}
	}

	/** Opens the Conflicts view. */
	public static void showView() {
		try {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ConflictsView.ID);
		} catch (PartInitException e) {
			AnnotationsUiPlugin.log(e.getMessage(), e);
		}
	}
}
