package org.duizhao.annotations.ui.internal.shared;

import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.handlers.ProjectHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** Project &gt; Share…: uploads the selected (or only) project to a PostgreSQL server. */
public final class ShareHandler extends ProjectHandler {

	@Override
	protected void execute(ExecutionEvent event, Shell shell, Project project) {
		try {
			if (AnnotationStores.server(project.folder()).isPresent()) {
				MessageDialog.openInformation(shell, Messages.Share_title,
						NLS.bind(Messages.Share_already, project.name()));
				return;
			}
		} catch (StoreException e) {
			MessageDialog.openError(shell, Messages.Share_title, e.getMessage());
			return;
		}
		ShareDialog dialog = new ShareDialog(shell, project.name());
		if (dialog.open() == Window.OK) {
			ShareJob.start(project, dialog.address(), dialog.password());
		}
	}
}
