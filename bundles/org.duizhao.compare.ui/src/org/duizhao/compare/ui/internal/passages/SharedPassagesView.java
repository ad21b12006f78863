package org.duizhao.compare.ui.internal.passages;

import java.util.List;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.editor.CompareEditor;
import org.duizhao.compare.ui.internal.model.PassageRow;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * The passages the documents of the active compare editor share: length, positions and text,
 * sortable by any column; selecting one reveals it in both panes.
 */
public class SharedPassagesView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.duizhao.compare.ui.passages"; //$NON-NLS-1$

	private final IPropertyListener resultListener = this::propertyChanged;
	private Label summary;
	private TableViewer viewer;
	private CompareEditor editor;
	private EditorTracker tracker;

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		area.setLayout(layout);
		summary = new Label(area, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = PassageTable.create(area, () -> editor == null ? null : editor.widget().result());
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.addSelectionChangedListener(e -> reveal((IStructuredSelection) e.getSelection()));
		tracker = new EditorTracker(getSite().getPage(), this::track);
		refresh();
	}

	private void track(IWorkbenchPart part) {
		if (part == editor || !(part instanceof CompareEditor) && part != null) {
			return;
		}
		if (editor != null) {
			editor.removePropertyListener(resultListener);
		}
		editor = (CompareEditor) part;
		if (editor != null) {
			editor.addPropertyListener(resultListener);
		}
		refresh();
	}

	private void propertyChanged(Object source, int property) {
		if (property == CompareEditor.PROP_RESULT && source == editor) {
			refresh();
		}
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		CompareResult result = editor == null ? null : editor.widget().result();
		if (result == null) {
			setSummary(Messages.Passages_none);
			viewer.setInput(List.of());
			return;
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(PassageRow.of(result));
		setSummary(NLS.bind(Messages.Passages_count,
				new Object[] { result.shared().size(), editor.compareInput().a().title(), editor.compareInput().b().title() }));
	}

	/** Shows {@code text} wrapped to the view's width, and whole in the tool tip when the view is short of room. */
	private void setSummary(String text) {
		summary.setText(text);
		summary.setToolTipText(text);
		summary.getParent().layout(true);
	}

	private void reveal(IStructuredSelection selection) {
		if (editor != null && selection.getFirstElement() instanceof PassageRow row) {
			editor.widget().reveal(row.passage().a(), row.passage().b());
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		if (editor != null) {
			editor.removePropertyListener(resultListener);
		}
		super.dispose();
	}
}
