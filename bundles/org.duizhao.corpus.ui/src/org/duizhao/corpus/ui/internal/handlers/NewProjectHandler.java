package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Creates a project folder and opens it in the explorer. */
public class NewProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		NewProjectDialog dialog = new NewProjectDialog(shell);
		if (dialog.open() != Window.OK) {
			return null;
		}
		try {
			CorpusUiPlugin.getDefault().projects().create(dialog.projectLocation(), dialog.projectName());
		} catch (Exception e) {
			CorpusUiPlugin.log("Could not create a project", e); //$NON-NLS-1$
			MessageDialog.openError(shell, Messages.Error_title, NLS.bind(Messages.Project_createFailed, e.getMessage()));
		}
		return null;
	}
}
