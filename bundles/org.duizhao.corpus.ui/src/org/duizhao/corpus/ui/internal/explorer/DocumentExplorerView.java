package org.duizhao.corpus.ui.internal.explorer;

import java.util.List;

import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.corpus.ui.internal.ProjectManager;
import org.duizhao.corpus.ui.internal.handlers.GroupByHandler;
import org.duizhao.corpus.ui.internal.handlers.OpenDocumentHandler;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.part.ViewPart;

/**
 * The document explorer: open projects, their documents grouped by folder, region, year or
 * script, a filter box, counts, and drag-and-drop import.
 */
public class DocumentExplorerView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.duizhao.corpus.ui.explorer"; //$NON-NLS-1$

	/** Up to this many documents the tree opens fully at first. */
	private static final int EXPAND_ALL_LIMIT = 300;

	private TreeViewer viewer;
	private Text filterText;
	private Label emptyNote;
	private final ExplorerContentProvider content = new ExplorerContentProvider();
	private final ExplorerFilter filter = new ExplorerFilter();
	private final ProjectManager.Listener listener = p -> refreshAsync();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage(Messages.Explorer_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
		filterText.addModifyListener(e -> applyFilter());
		emptyNote = new Label(parent, SWT.WRAP);
		emptyNote.setText(Messages.Explorer_empty);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(emptyNote);
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setUseHashlookup(true);
		content.setGrouping(Grouping.of(GroupByHandler.current(
				getSite().getService(ICommandService.class).getCommand(GroupByHandler.GROUP_BY))));
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new ExplorerLabelProvider());
		viewer.addFilter(filter);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addDoubleClickListener(e -> OpenDocumentHandler.open(getSite().getPage(), e.getSelection()));
		getSite().setSelectionProvider(viewer);
		createContextMenu();
		viewer.addDropSupport(DND.DROP_COPY | DND.DROP_DEFAULT, new Transfer[] { FileTransfer.getInstance() },
				new ExplorerDropListener(viewer));
		ProjectManager projects = CorpusUiPlugin.getDefault().projects();
		projects.addListener(listener);
		refresh();
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(ID, menu, viewer);
	}

	private void applyFilter() {
		if (filter.setText(filterText.getText())) {
			viewer.refresh();
			if (filter.isActive()) {
				viewer.expandAll();
			}
		}
	}

	/** Regroups the documents. */
	public void setGrouping(Grouping grouping) {
		content.setGrouping(grouping);
		refresh();
	}

	private void refreshAsync() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(this::refresh);
		}
	}

	/** Re-reads the open projects, keeping what was expanded and selected. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<?> projects = CorpusUiPlugin.getDefault().projects().all();
		Object[] expanded = viewer.getExpandedElements();
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(projects);
			if (expanded.length == 0) {
				// open everything for a small corpus; a large one shows its groups first
				int documents = CorpusUiPlugin.getDefault().projects().all().stream()
						.mapToInt(p -> p.documents().size()).sum();
				viewer.expandToLevel(documents <= EXPAND_ALL_LIMIT ? org.eclipse.jface.viewers.AbstractTreeViewer.ALL_LEVELS : 2);
			} else {
				viewer.setExpandedElements(expanded);
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
		boolean none = projects.isEmpty();
		emptyNote.setVisible(none);
		((org.eclipse.swt.layout.GridData) emptyNote.getLayoutData()).exclude = !none;
		emptyNote.getParent().layout(true);
	}

	/**
	 * Shows {@code project} (opened just now: the explorer may not have heard of it yet) selected,
	 * scrolled into view and expanded one level, with the keyboard on it.
	 */
	public void reveal(org.duizhao.corpus.core.Project project) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		refresh();
		ProjectNode node = new ProjectNode(project);
		viewer.expandToLevel(node, 1);
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(node), true);
		viewer.getControl().setFocus();
	}

	/** @return the tree viewer, for tests and handlers */
	public TreeViewer viewer() {
		return viewer;
	}

	/** @return the selection of the tree */
	public IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}

	/** @return the filter box */
	public Text filterText() {
		return filterText;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		CorpusUiPlugin.getDefault().projects().removeListener(listener);
		super.dispose();
	}
}
