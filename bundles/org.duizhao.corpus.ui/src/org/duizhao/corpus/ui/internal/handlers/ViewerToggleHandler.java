package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.ui.internal.viewer.DocumentViewerEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/** Flips a viewer toggle (show marks, hide glosses) and restyles every open document viewer. */
public class ViewerToggleHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		HandlerUtil.toggleCommandState(event.getCommand());
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ref.getEditor(false) instanceof DocumentViewerEditor viewer) {
				viewer.restyle();
			}
		}
		return null;
	}
}
