package org.duizhao.annotations.ui.internal.handlers;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.DeleteAnnotationOperation;
import org.duizhao.annotations.ui.internal.coding.StoreOperation;
import org.duizhao.annotations.ui.internal.viewer.AnnotationOverlay;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Deletes the coded passage under the caret (undoable). */
public class RemoveCodingHandler extends PaneHandler {

	@Override
	protected void execute(ExecutionEvent event, Shell shell, AnnotationOverlay overlay) {
		Annotation a = overlay.annotationAtCaret().orElse(null);
		if (a == null) {
			MessageDialog.openInformation(shell, Messages.Coding_title, Messages.Coding_noPassage);
			return;
		}
		StoreOperation.run(new DeleteAnnotationOperation(overlay.pane().projectRoot(), a), status -> {
			if (status.getSeverity() == IStatus.ERROR) {
				ErrorDialog.openError(shell.isDisposed() ? null : shell, Messages.Coding_title, null, status);
			}
		});
	}
}
