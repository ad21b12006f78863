package org.duizhao.annotations.ui.internal.views;

import java.util.List;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.corpus.core.Project;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The code system of the current project as a tree, with how often each code is used (itself, and
 * with its sub-codes). Drag a code onto another to move it there (hold Ctrl to merge), or onto the
 * empty space to make it top-level; the menu creates, renames (in place), recolours, sets a
 * shortcut, merges and deletes. Selecting codes filters the Annotations view.
 */
public class CodesView extends StoreView<CodeCounts> {

	/** The view id. */
	public static final String ID = "org.duizhao.annotations.ui.codes"; //$NON-NLS-1$

	private TreeViewer viewer;
	private ColorSwatches swatches;
	private CodeCounts counts = new CodeCounts(List.of(), java.util.Map.of());
	/** A code to select once a read brings it (one just made), or {@code null}. */
	private String toSelect;

	@Override
	protected void createControls(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		swatches = new ColorSwatches(viewer.getControl());
		viewer.setContentProvider(new Content());
		column(Messages.Codes_name, 170, new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				Code c = (Code) o;
				return c.shortcut() == null || c.shortcut().isBlank() ? c.name() : c.name() + "  [" + c.shortcut() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
			}

			@Override
			public Image getImage(Object o) {
				return swatches.get(((Code) o).color());
			}

			@Override
			public String getToolTipText(Object o) {
				return ((Code) o).description().isBlank() ? null : ((Code) o).description();
			}
		}).setEditingSupport(new RenameSupport(this, viewer));
		column(Messages.Codes_own, 50, ColumnLabelProvider.createTextProvider(o -> String.valueOf(counts.own(((Code) o).id()))));
		column(Messages.Codes_total, 110, ColumnLabelProvider.createTextProvider(o -> String.valueOf(counts.total(((Code) o).id()))));
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		RenameSupport.activateOnlyByProgram(viewer);
		CodeDragAndDrop.install(this, viewer);
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.add(new Separator("additions")); //$NON-NLS-1$
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		viewer.addDoubleClickListener(e -> rename());
	}

	private TreeViewerColumn column(String title, int width, ColumnLabelProvider labels) {
		TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(labels);
		return c;
	}

	@Override
	protected Control control() {
		return viewer == null ? null : viewer.getControl();
	}

	@Override
	protected CodeCounts read(AnnotationStore store, Project shown) throws Exception {
		return new CodeCounts(store.codes(), store.codeCounts());
	}

	@Override
	protected void show(Project shown, CodeCounts data) {
		counts = data == null ? new CodeCounts(List.of(), java.util.Map.of()) : data;
		Object[] expanded = viewer.getExpandedElements();
		boolean first = viewer.getInput() == null || ((CodeCounts) viewer.getInput()).tree().roots().isEmpty();
		viewer.setInput(counts);
		if (first) {
			viewer.expandAll(); // a code system is small enough to show whole at first
		} else {
			viewer.setExpandedElements(sameCodes(expanded));
		}
		selectPending();
	}

	/** Instances change with every read: expand the codes with the ids expanded before. */
	private Object[] sameCodes(Object[] before) {
		return java.util.Arrays.stream(before).map(o -> counts.tree().get(((Code) o).id()).orElse(null))
				.filter(java.util.Objects::nonNull).toArray();
	}

	/** @return the viewer (for handlers and tests) */
	public TreeViewer viewer() {
		return viewer;
	}

	/** @return the counts shown */
	public CodeCounts counts() {
		return counts;
	}

	/** @return the selected codes */
	public List<Code> selectedCodes() {
		return ((IStructuredSelection) viewer.getSelection()).toList().stream().filter(Code.class::isInstance)
				.map(Code.class::cast).toList();
	}

	/**
	 * Selects the code with {@code codeId}, now or, when the view has not read it yet (a code just
	 * made), as soon as a read brings it.
	 */
	public void select(String codeId) {
		toSelect = codeId;
		selectPending();
	}

	private void selectPending() {
		Code code = toSelect == null || counts == null ? null : counts.tree().get(toSelect).orElse(null);
		if (code != null && viewer != null && !viewer.getControl().isDisposed()) {
			toSelect = null;
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(code), true);
		}
	}

	/** Starts renaming the selected code in place. */
	public void rename() {
		List<Code> sel = selectedCodes();
		if (sel.size() == 1) {
			viewer.editElement(sel.get(0), 0);
		}
	}

	/** @return the actions on the code system, for handlers */
	public CodeActions actions() {
		return new CodeActions(this);
	}

	/** The tree's content: the code tree of the counts. */
	private static final class Content implements ITreeContentProvider {
		private CodeCounts input;

		@Override
		public void inputChanged(org.eclipse.jface.viewers.Viewer v, Object oldInput, Object newInput) {
			input = (CodeCounts) newInput;
		}

		@Override
		public Object[] getElements(Object in) {
			return input == null ? new Object[0] : input.tree().roots().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return input.tree().children(((Code) parent).id()).toArray();
		}

		@Override
		public Object getParent(Object element) {
			String p = ((Code) element).parentId();
			return p == null ? null : input.tree().get(p).orElse(null);
		}

		@Override
		public boolean hasChildren(Object element) {
			return !input.tree().children(((Code) element).id()).isEmpty();
		}
	}
}
