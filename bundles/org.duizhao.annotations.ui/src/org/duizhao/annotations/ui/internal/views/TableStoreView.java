package org.duizhao.annotations.ui.internal.views;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A store view that is one table of rows with a context menu others contribute to
 * ({@code popup:<view id>}).
 *
 * @param <T> what a read yields
 * @param <R> the row type
 */
abstract class TableStoreView<T, R> extends StoreView<T> {

	private final Class<R> rowType;
	private TableViewer table;

	TableStoreView(Class<R> rowType) {
		this.rowType = rowType;
	}

	@Override
	protected final void createControls(Composite parent) {
		table = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		createColumns();
		getSite().setSelectionProvider(table);
		MenuManager menu = new MenuManager();
		menu.add(new Separator("additions")); //$NON-NLS-1$
		table.getControl().setMenu(menu.createContextMenu(table.getControl()));
		getSite().registerContextMenu(menu, table);
		table.addDoubleClickListener(e -> open());
	}

	/** Adds the columns ({@link #column}). */
	protected abstract void createColumns();

	/** Acts on a double-click. */
	protected abstract void open();

	protected final void column(String title, int width, Function<R, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply(rowType.cast(o))));
	}

	@Override
	protected final Control control() {
		return table == null ? null : table.getControl();
	}

	/** @return the table */
	public TableViewer table() {
		return table;
	}

	/** @return the selected rows */
	public List<R> selected() {
		return ((IStructuredSelection) table.getSelection()).toList().stream().filter(rowType::isInstance)
				.map(rowType::cast).toList();
	}

	/** @return the rows shown */
	@SuppressWarnings("unchecked")
	public List<R> rows() {
		Object input = table.getInput();
		return input instanceof List<?> l ? (List<R>) l : List.of();
	}

	static String oneLine(String s) {
		return s.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
