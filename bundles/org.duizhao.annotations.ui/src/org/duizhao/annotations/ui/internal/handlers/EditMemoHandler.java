package org.duizhao.annotations.ui.internal.handlers;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.viewer.AnnotationOverlay;
import org.duizhao.annotations.ui.internal.views.MemoDialog;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Edits the memo of the coded passage under the caret. */
public class EditMemoHandler extends PaneHandler {

	@Override
	protected void execute(ExecutionEvent event, Shell shell, AnnotationOverlay overlay) {
		Annotation a = overlay.annotationAtCaret().orElse(null);
		if (a == null) {
			MessageDialog.openInformation(shell, Messages.Coding_title, Messages.Coding_noPassage);
			return;
		}
		MemoDialog.editPassageMemo(shell, overlay.pane().projectRoot(), a);
	}
}
