package org.duizhao.annotations.ui.internal.views;

import org.duizhao.annotations.core.Code;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Reorganises the code system by drag and drop: a code dropped on another becomes its sub-code
 * (with Ctrl held, the drop is a copy gesture and merges it into the other after asking); dropped
 * on the empty area it becomes top-level.
 */
final class CodeDragAndDrop {

	private CodeDragAndDrop() {
	}

	static void install(CodesView view, TreeViewer viewer) {
		Transfer[] types = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE | DND.DROP_COPY, types, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
				event.doit = !viewer.getSelection().isEmpty();
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY, types, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				return LocalSelectionTransfer.getTransfer().isSupportedType(type);
			}

			@Override
			public boolean performDrop(Object data) {
				Object sel = LocalSelectionTransfer.getTransfer().getSelection();
				if (!(sel instanceof IStructuredSelection s) || !(s.getFirstElement() instanceof Code dragged)) {
					return false;
				}
				Code target = getCurrentTarget() instanceof Code c ? c : null;
				if (target != null && target.id().equals(dragged.id())) {
					return false;
				}
				if (getCurrentOperation() == DND.DROP_COPY && target != null) {
					view.actions().merge(dragged, target);
				} else {
					view.actions().move(dragged, target);
				}
				return true;
			}
		});
	}
}
