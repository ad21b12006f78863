package org.duizhao.annotations.ui.internal.handlers;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.ui.internal.coding.DeleteAnnotationOperation;
import org.duizhao.annotations.ui.internal.coding.StoreOperation;
import org.duizhao.annotations.ui.internal.views.AnnotationsView;
import org.duizhao.annotations.ui.internal.views.CodesView;
import org.duizhao.annotations.ui.internal.views.LinksView;
import org.duizhao.annotations.ui.internal.views.MemosView;
import org.duizhao.annotations.ui.internal.views.UnanchoredView;
import org.duizhao.annotations.ui.internal.views.MemoDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The commands of the Codes and Annotations views; plugin.xml names the command after a colon in
 * the class attribute ({@code ViewCommandHandler:rename}), and the handler is active in its view.
 */
public class ViewCommandHandler extends AbstractHandler implements IExecutableExtension {

	private String command = ""; //$NON-NLS-1$

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		command = data instanceof String s ? s : ""; //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof CodesView codes) {
			onCodes(codes);
		} else if (part instanceof AnnotationsView annotations) {
			onAnnotations(annotations);
		} else if (part instanceof UnanchoredView unanchored) {
			onUnanchored(unanchored);
		} else if (part instanceof LinksView links && "delete".equals(command)) { //$NON-NLS-1$
			links.delete();
		} else if (part instanceof MemosView memos) {
			onMemos(memos);
		} else if ("newCode".equals(command) && part != null //$NON-NLS-1$
				&& part.getSite().getPage().findView(CodesView.ID) instanceof CodesView codes) {
			codes.actions().create(false); // the Codes view's toolbar button works while another part is active
		}
		return null;
	}

	private void onCodes(CodesView view) {
		switch (command) {
		case "newCode" -> view.actions().create(false); //$NON-NLS-1$
		case "newSubCode" -> view.actions().create(true); //$NON-NLS-1$
		case "rename" -> view.rename(); //$NON-NLS-1$
		case "colour" -> view.actions().recolour(); //$NON-NLS-1$
		case "shortcut" -> view.actions().shortcut(); //$NON-NLS-1$
		case "describe" -> view.actions().describe(); //$NON-NLS-1$
		case "merge" -> view.actions().mergeInto(); //$NON-NLS-1$
		case "delete" -> view.actions().delete(); //$NON-NLS-1$
		default -> view.refresh();
		}
	}

	private void onUnanchored(UnanchoredView view) {
		if ("reattach".equals(command)) { //$NON-NLS-1$
			view.reattach();
		} else if ("delete".equals(command) && view.project() != null) { //$NON-NLS-1$
			for (Annotation a : view.selected()) {
				StoreOperation.run(new DeleteAnnotationOperation(view.project().folder(), a));
			}
		}
	}

	private void onMemos(MemosView view) {
		switch (command) {
		case "newProjectMemo" -> view.create(false); //$NON-NLS-1$
		case "newDocumentMemo" -> view.create(true); //$NON-NLS-1$
		case "delete" -> view.delete(); //$NON-NLS-1$
		default -> view.refresh();
		}
	}

	private void onAnnotations(AnnotationsView view) {
		if (view.project() == null) {
			return;
		}
		switch (command) {
		case "delete" -> { //$NON-NLS-1$
			for (Annotation a : view.selected()) {
				StoreOperation.run(new DeleteAnnotationOperation(view.project().folder(), a));
			}
		}
		case "memo" -> view.selected().stream().findFirst() //$NON-NLS-1$
				.ifPresent(a -> MemoDialog.editPassageMemo(view.getSite().getShell(), view.project().folder(), a));
		case "reveal" -> view.reveal(); //$NON-NLS-1$
		default -> view.refresh();
		}
	}
}
