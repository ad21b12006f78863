package org.duizhao.compare.ui.internal.handlers;

import java.util.List;

import org.duizhao.compare.ui.internal.CompareUi;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.editor.CompareEditor;
import org.duizhao.compare.ui.internal.editor.CompareEditorInput;
import org.duizhao.compare.ui.internal.editor.DocumentRef;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.handlers.Selections;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the compare editor on the current versions of the two selected documents. */
public class CompareHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<DocumentNode> docs = Selections.documents(HandlerUtil.getCurrentSelection(event));
		if (docs.size() != 2) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Compare_needTwoTitle,
					Messages.Compare_needTwo);
			return null;
		}
		open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), DocumentRef.of(docs.get(0)),
				DocumentRef.of(docs.get(1)));
		return null;
	}

	/**
	 * Opens the compare editor on {@code a} and {@code b}, maximized unless the preference says
	 * to keep the layout.
	 *
	 * @return the editor, or {@code null} when it could not open
	 */
	public static CompareEditor open(IWorkbenchPage page, DocumentRef a, DocumentRef b) {
		CompareEditor editor = openInLayout(page, a, b);
		if (editor != null) {
			EditorPlacement.apply(page, editor);
		}
		return editor;
	}

	/** @return the compare editor on {@code a} and {@code b} in the layout as it is, or {@code null} */
	public static CompareEditor openInLayout(IWorkbenchPage page, DocumentRef a, DocumentRef b) {
		try {
			IEditorPart part = page.openEditor(new CompareEditorInput(a, b), CompareEditor.ID);
			return part instanceof CompareEditor editor ? editor : null;
		} catch (PartInitException e) {
			CompareUi.log(NLS.bind(Messages.Compare_openFailed, e.getMessage()), e);
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Compare_needTwoTitle,
					NLS.bind(Messages.Compare_openFailed, e.getMessage()));
			return null;
		}
	}
}
