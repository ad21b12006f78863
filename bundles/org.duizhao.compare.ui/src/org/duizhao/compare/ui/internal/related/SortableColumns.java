package org.duizhao.compare.ui.internal.related;

import java.util.Comparator;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableColumn;

/**
 * Columns of a table of rows of one type that sort when their header is clicked (again: the other
 * way), with the arrow in the header showing how. Until then the rows keep the order given.
 *
 * @param <T> the row type
 */
final class SortableColumns<T> {

	private final TableViewer viewer;
	private final Class<T> type;
	private Comparator<T> order;

	SortableColumns(TableViewer viewer, Class<T> type) {
		this.viewer = viewer;
		this.type = type;
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object e1, Object e2) {
				return order == null ? 0 : order.compare(type.cast(e1), type.cast(e2));
			}
		});
	}

	/** Adds a column showing {@code label}, sorted by {@code comparator}. */
	TableColumn add(String title, int width, int style, Function<T, String> label, Comparator<T> comparator) {
		TableViewerColumn column = new TableViewerColumn(viewer, style);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return label.apply(type.cast(element));
			}
		});
		column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), comparator));
		return column.getColumn();
	}

	/** Sorts by {@code column}: ascending first, then the other way on each click. */
	void sortBy(TableColumn column, Comparator<T> comparator) {
		boolean up = viewer.getTable().getSortColumn() != column || viewer.getTable().getSortDirection() != SWT.UP;
		sort(column, comparator, up);
	}

	/** Sorts by {@code column} in the direction given. */
	void sort(TableColumn column, Comparator<T> comparator, boolean up) {
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(up ? SWT.UP : SWT.DOWN);
		order = up ? comparator : comparator.reversed();
		viewer.refresh();
	}
}
