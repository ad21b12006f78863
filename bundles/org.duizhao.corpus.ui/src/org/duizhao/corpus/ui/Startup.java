package org.duizhao.corpus.ui;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.corpus.ui.internal.handlers.OpenProjectHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.duizhao.corpus.ui.internal.explorer.DocumentExplorerView;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** What the application does with projects when the workbench has started. */
public final class Startup {

	private Startup() {
	}

	/**
	 * Reopens the projects of the last session, then opens the project named by
	 * {@code --open DIR} among {@code args}, if any, and selects it in the explorer.
	 *
	 * @param shell the main window, for messages
	 * @param args the application's arguments
	 */
	public static void openProjects(Shell shell, List<String> args) {
		List<String> problems = CorpusUiPlugin.getDefault().projects().restore();
		if (!problems.isEmpty()) {
			MessageDialog.openWarning(shell, Messages.Error_title, String.join("\n", problems)); //$NON-NLS-1$
		}
		Path wanted = projectArgument(args);
		Project opened = wanted == null ? null : OpenProjectHandler.open(shell, wanted);
		DocumentExplorerView explorer = activateExplorer();
		if (explorer != null && opened != null) {
			explorer.reveal(opened);
		}
	}

	/**
	 * @param args the application's arguments
	 * @return the folder after {@code --open} (relative to the working folder), or {@code null}
	 */
	public static Path projectArgument(List<String> args) {
		int i = args.indexOf("--open"); //$NON-NLS-1$
		return i >= 0 && i + 1 < args.size() ? Path.of(args.get(i + 1)).toAbsolutePath().normalize() : null;
	}

	/** Puts the keyboard in the explorer, so that the arrow keys and Enter work at once. */
	private static DocumentExplorerView activateExplorer() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return null;
		}
		try {
			return window.getActivePage().showView(DocumentExplorerView.ID) instanceof DocumentExplorerView v ? v : null;
		} catch (PartInitException e) {
			CorpusUiPlugin.log("Could not show the document explorer", e); //$NON-NLS-1$
			return null;
		}
	}
}
