package org.duizhao.annotations.ui.internal.handlers;

import java.util.Optional;

import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.viewer.AnnotationOverlay;
import org.duizhao.corpus.ui.DocumentPane;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** A handler that acts on the active document pane and its annotations. */
abstract class PaneHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Optional<DocumentPane> pane = ActivePane.find(HandlerUtil.getActiveWorkbenchWindow(event));
		AnnotationOverlay overlay = pane.map(p -> AnnotationOverlay.of(p.textWidget())).orElse(null);
		if (overlay == null || pane.get().text() == null) {
			MessageDialog.openInformation(shell, Messages.Coding_title, Messages.Coding_noDocument);
			return null;
		}
		execute(event, shell, overlay);
		return null;
	}

	/** Acts on the pane of {@code overlay}. */
	protected abstract void execute(ExecutionEvent event, Shell shell, AnnotationOverlay overlay);
}
