package org.duizhao.report.ui.internal.wizard;

import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.handlers.Selections;
import org.duizhao.report.ui.internal.Messages;
import org.duizhao.report.ui.internal.ReportUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Export &gt; Report…: opens the {@link ReportWizard} on the selected (or only) project. */
public class ReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Project project = Selections.project(HandlerUtil.getCurrentSelection(event), shell);
		if (project == null) {
			return null;
		}
		ReportWizard wizard;
		try {
			wizard = new ReportWizard(
					ProjectContent.read(project, AnnotationsUiPlugin.getDefault().stores().store(project.folder())));
		} catch (StoreException e) {
			ErrorDialog.openError(shell, Messages.Wizard_title, null, ReportUiPlugin.error(e.getMessage(), e));
			return null;
		}
		new WizardDialog(shell, wizard).open();
		return null;
	}
}
