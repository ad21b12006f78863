package org.duizhao.annotations.ui.internal.views;

import org.duizhao.annotations.core.Code;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;

/** Renames a code in place in the Codes view (F2, double-click, or the Rename command). */
final class RenameSupport extends EditingSupport {

	private final CodesView view;
	private final TextCellEditor editor;

	RenameSupport(CodesView view, TreeViewer viewer) {
		super(viewer);
		this.view = view;
		this.editor = new TextCellEditor(viewer.getTree());
	}

	/** Lets only the program start editing, so that a click selects and a drag drags. */
	static void activateOnlyByProgram(TreeViewer viewer) {
		ColumnViewerEditorActivationStrategy strategy = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		};
		TreeViewerEditor.create(viewer, strategy, ColumnViewerEditor.DEFAULT);
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return element instanceof Code;
	}

	@Override
	protected Object getValue(Object element) {
		return ((Code) element).name();
	}

	@Override
	protected void setValue(Object element, Object value) {
		String name = String.valueOf(value).strip();
		Code code = (Code) element;
		if (!name.isEmpty() && !name.equals(code.name())) {
			view.actions().rename(code, name);
		}
	}
}
