package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectNormalization;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens one of the selected project's normalization tables (look-alikes or boilerplate rules) in
 * an editing dialog; saving re-checks the table and restyles the open viewers.
 */
public class EditTableHandler extends ProjectHandler {

	private static final String BOILERPLATE = "boilerplate"; //$NON-NLS-1$

	@Override
	protected void execute(ExecutionEvent event, Shell shell, Project project) {
		ProjectNormalization tables = project.normalization();
		try {
			tables.ensureFiles();
		} catch (Exception e) {
			MessageDialog.openError(shell, Messages.Error_title, NLS.bind(Messages.Table_saveFailed, e.getMessage()));
			return;
		}
		String title = NLS.bind(isVariant(BOILERPLATE) ? Messages.Table_boilerplateTitle : Messages.Table_lookalikesTitle,
				project.name());
		if (new TableEditDialog(shell, title, tables, isVariant(BOILERPLATE)).open() == TableEditDialog.OK) {
			CorpusUiPlugin.getDefault().projects().fire(project);
			ViewerRefresh.reloadAll(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
		}
	}
}
