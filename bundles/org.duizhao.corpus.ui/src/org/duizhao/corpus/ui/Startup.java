package org.duizhao.corpus.ui;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.corpus.ui.internal.handlers.OpenProjectHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** What the application does with projects when the workbench has started. */
public final class Startup {

	private Startup() {
	}

	/**
	 * Reopens the projects of the last session, then opens the project named by
	 * {@code --open DIR} among {@code args}, if any.
	 *
	 * @param shell the main window, for messages
	 * @param args the application's arguments
	 */
	public static void openProjects(Shell shell, List<String> args) {
		List<String> problems = CorpusUiPlugin.getDefault().projects().restore();
		if (!problems.isEmpty()) {
			MessageDialog.openWarning(shell, Messages.Error_title, String.join("\n", problems)); //$NON-NLS-1$
		}
		int i = args.indexOf("--open"); //$NON-NLS-1$
		if (i >= 0 && i + 1 < args.size()) {
			OpenProjectHandler.open(shell, Path.of(args.get(i + 1)));
		}
	}
}
