package org.duizhao.annotations.ui.internal.analysis;

import java.lang.reflect.InvocationTargetException;

import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.handlers.ProjectHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** Annotate &gt; Inter-coder Agreement…: reads the project's coding off the UI thread, then opens the dialog. */
public class AgreementHandler extends ProjectHandler {

	@Override
	protected void execute(ExecutionEvent event, Shell shell, Project project) {
		AgreementInput[] input = new AgreementInput[1];
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				try {
					input[0] = AgreementInput.read(project, AnnotationsUiPlugin.getDefault().stores().store(project.folder()));
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.Agreement_menu, e.getCause().getMessage());
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		if (input[0].coders().size() < 2) {
			MessageDialog.openInformation(shell, Messages.Agreement_menu, Messages.Agreement_twoCoders);
			return;
		}
		new AgreementDialog(shell, input[0]).open();
	}
}
