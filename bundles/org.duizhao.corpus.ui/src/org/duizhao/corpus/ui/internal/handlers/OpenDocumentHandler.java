package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.viewer.DocumentEditorInput;
import org.duizhao.corpus.ui.internal.viewer.DocumentViewerEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the selected documents in the document viewer. */
public class OpenDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), HandlerUtil.getCurrentSelection(event));
		return null;
	}

	/** Opens every document of {@code selection}; the last one opened is active. */
	public static void open(IWorkbenchPage page, ISelection selection) {
		for (DocumentNode node : Selections.documents(selection)) {
			open(page, node);
		}
	}

	/** @return the viewer showing the current version of {@code node}'s document, or {@code null} */
	public static IEditorPart open(IWorkbenchPage page, DocumentNode node) {
		Document doc = node.document();
		DocumentEditorInput input = new DocumentEditorInput(node.project().folder(), doc.id(), doc.current().number(),
				doc.displayName());
		try {
			return page.openEditor(input, DocumentViewerEditor.ID);
		} catch (PartInitException e) {
			CorpusUiPlugin.log("Could not open " + doc.displayName(), e); //$NON-NLS-1$
			return null;
		}
	}
}
