package org.duizhao.compare.ui.internal.passages;

import java.util.function.Consumer;

import org.duizhao.compare.ui.internal.editor.CompareEditor;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Tells a view which compare editor to follow: the one active or brought to top, or none when
 * it closes.
 */
final class EditorTracker implements IPartListener2 {

	private final IWorkbenchPage page;
	private final Consumer<IWorkbenchPart> follow;
	private IWorkbenchPart followed;

	EditorTracker(IWorkbenchPage page, Consumer<IWorkbenchPart> follow) {
		this.page = page;
		this.follow = follow;
		page.addPartListener(this);
		if (page.getActiveEditor() instanceof CompareEditor editor) {
			set(editor);
		}
	}

	private void set(IWorkbenchPart part) {
		followed = part;
		follow.accept(part);
	}

	@Override
	public void partActivated(IWorkbenchPartReference ref) {
		IWorkbenchPart part = ref.getPart(false);
		if (part instanceof CompareEditor) {
			set(part);
		}
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference ref) {
		partActivated(ref);
	}

	@Override
	public void partClosed(IWorkbenchPartReference ref) {
		if (ref.getPart(false) == followed) {
			followed = null;
			follow.accept(null);
		}
	}

	void dispose() {
		page.removePartListener(this);
	}
}
