package org.duizhao.annotations.ui.internal.shared;

import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.handlers.Selections;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Project &gt; Share…: uploads the selected (or only) project to a PostgreSQL server. */
public final class ShareHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Project project = Selections.project(HandlerUtil.getCurrentSelection(event), shell);
		if (project == null) {
			return null;
		}
		try {
			if (AnnotationStores.server(project.folder()).isPresent()) {
				MessageDialog.openInformation(shell, Messages.Share_title,
						NLS.bind(Messages.Share_already, project.name()));
				return null;
			}
		} catch (StoreException e) {
			MessageDialog.openError(shell, Messages.Share_title, e.getMessage());
			return null;
		}
		ShareDialog dialog = new ShareDialog(shell, project.name());
		if (dialog.open() == Window.OK) {
			ShareJob.start(project, dialog.address(), dialog.password());
		}
		return null;
	}
}
