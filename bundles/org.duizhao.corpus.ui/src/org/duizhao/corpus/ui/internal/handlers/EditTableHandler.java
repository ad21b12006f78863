package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectNormalization;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens one of the selected project's normalization tables (look-alikes or boilerplate rules) in
 * an editing dialog; saving re-checks the table and restyles the open viewers.
 */
public class EditTableHandler extends AbstractHandler implements IExecutableExtension {

	private boolean boilerplate;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		boilerplate = "boilerplate".equals(data); //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Project project = Selections.project(HandlerUtil.getCurrentSelection(event), shell);
		if (project == null) {
			return null;
		}
		ProjectNormalization tables = project.normalization();
		try {
			tables.ensureFiles();
		} catch (Exception e) {
			MessageDialog.openError(shell, Messages.Error_title, NLS.bind(Messages.Table_saveFailed, e.getMessage()));
			return null;
		}
		String title = NLS.bind(boilerplate ? Messages.Table_boilerplateTitle : Messages.Table_lookalikesTitle,
				project.name());
		if (new TableEditDialog(shell, title, tables, boilerplate).open() == TableEditDialog.OK) {
			CorpusUiPlugin.getDefault().projects().fire(project);
			ViewerRefresh.reloadAll(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
		}
		return null;
	}
}
