package org.duizhao.compare.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.compare.ui.internal.CompareUi;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.base.BaseCompareEditor;
import org.duizhao.compare.ui.internal.base.BaseEditorInput;
import org.duizhao.compare.ui.internal.editor.DocumentRef;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.handlers.Selections;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Compares one base document with the other selected ones (three or more selected): asks which is
 * the base (the first selected is proposed), then opens the base comparison.
 */
public class CompareWithBaseHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<DocumentRef> docs = new ArrayList<>();
		for (DocumentNode node : Selections.documents(HandlerUtil.getCurrentSelection(event))) {
			docs.add(DocumentRef.of(node));
		}
		if (docs.size() < 2) {
			return null;
		}
		DocumentRef base = askBase(HandlerUtil.getActiveShell(event), docs);
		if (base == null) {
			return null;
		}
		docs.remove(base);
		try {
			IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
			EditorPlacement.apply(page, page.openEditor(new BaseEditorInput(base, docs), BaseCompareEditor.ID));
		} catch (PartInitException e) {
			CompareUi.log(NLS.bind(Messages.Compare_openFailed, e.getMessage()), e);
		}
		return null;
	}

	private static DocumentRef askBase(Shell shell, List<DocumentRef> docs) {
		ListDialog dialog = new ListDialog(shell);
		dialog.setTitle(Messages.Base_chooseTitle);
		dialog.setMessage(Messages.Base_chooseMessage);
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(LabelProvider.createTextProvider(o -> ((DocumentRef) o).title()));
		dialog.setInput(docs);
		dialog.setInitialSelections(docs.get(0));
		if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
			return null;
		}
		return (DocumentRef) dialog.getResult()[0];
	}
}
