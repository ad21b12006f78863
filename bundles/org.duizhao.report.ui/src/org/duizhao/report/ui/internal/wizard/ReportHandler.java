package org.duizhao.report.ui.internal.wizard;

import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.handlers.ProjectHandler;
import org.duizhao.report.ui.internal.Messages;
import org.duizhao.report.ui.internal.ReportUiPlugin;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Export &gt; Report…: opens the {@link ReportWizard} on the selected (or only) project. */
public class ReportHandler extends ProjectHandler {

	@Override
	protected void execute(ExecutionEvent event, Shell shell, Project project) {
		ReportWizard wizard;
		try {
			wizard = new ReportWizard(
					ProjectContent.read(project, AnnotationsUiPlugin.getDefault().stores().store(project.folder())));
		} catch (StoreException e) {
			ErrorDialog.openError(shell, Messages.Wizard_title, null, ReportUiPlugin.error(e.getMessage(), e));
			return;
		}
		new WizardDialog(shell, wizard).open();
	}
}
