package org.duizhao.corpus.ui.internal.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens an existing project folder. */
public class OpenProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.Project_openTitle);
		dialog.setFilterPath(NewProjectDialog.defaultParent().toString());
		String chosen = dialog.open();
		if (chosen != null) {
			open(shell, Path.of(chosen));
		}
		return null;
	}

	/**
	 * Opens the project in {@code folder} (or finds it open already), telling the user when that
	 * fails.
	 *
	 * @return the open project, or {@code null} when it could not be opened
	 */
	public static Project open(Shell shell, Path folder) {
		if (!Files.isRegularFile(folder.resolve("project.json"))) { //$NON-NLS-1$
			MessageDialog.openError(shell, Messages.Project_openTitle, NLS.bind(Messages.Project_notAProject, folder));
			return null;
		}
		try {
			return CorpusUiPlugin.getDefault().projects().open(folder);
		} catch (Exception e) {
			CorpusUiPlugin.log("Could not open " + folder, e); //$NON-NLS-1$
			MessageDialog.openError(shell, Messages.Project_openTitle,
					NLS.bind(Messages.Project_openFailed, folder, e.getMessage()));
			return null;
		}
	}
}
