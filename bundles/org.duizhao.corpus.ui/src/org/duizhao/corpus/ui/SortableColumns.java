package org.duizhao.corpus.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * way), with the arrow in the header showing how. Until then the rows keep the order given. The
 * tables of the compare editor's Related mode and the Distinctive Vocabulary view share it, so that
 * their headers behave alike.
 *
 * @param <T> the row type
 */
public final class SortableColumns<T> {

	private final TableViewer viewer;
	private final Class<T> type;
	private final List<TableColumn> columns = new ArrayList<>();
	private final List<Comparator<T>> comparators = new ArrayList<>();
	private Comparator<T> ties;
	private Comparator<T> order;

	/** Sorts the rows of {@code viewer}, which are all of {@code type}. */
	public SortableColumns(TableViewer viewer, Class<T> type) {
		this.viewer = viewer;
		this.type = type;
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object e1, Object e2) {
				return order == null ? 0 : order.compare(type.cast(e1), type.cast(e2));
			}
		});
	}

	/**
	 * Orders the rows that the sorted column finds equal by {@code comparator}, in either direction
	 * (a table whose rows would otherwise swap places from one sort to the next).
	 *
	 * @return this
	 */
	public SortableColumns<T> thenBy(Comparator<T> comparator) {
		ties = comparator;
		return this;
	}

	/** Adds a column showing {@code label}, sorted by {@code comparator}; @return its column */
	public TableColumn add(String title, int width, int style, Function<T, String> label, Comparator<T> comparator) {
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
		int index = columns.size();
		columns.add(column.getColumn());
		comparators.add(comparator);
		column.getColumn().addListener(SWT.Selection, e -> sort(index, viewer.getTable().getSortColumn() != column.getColumn()
				|| viewer.getTable().getSortDirection() != SWT.UP));
		return column.getColumn();
	}

	/** Sorts by {@code column} (one this added) in the direction given. */
	public void sort(TableColumn column, boolean up) {
		sort(columns.indexOf(column), up);
	}

	/** Sorts by the {@code index}th column added (0 the first), ascending if {@code up}. */
	public void sort(int index, boolean up) {
		viewer.getTable().setSortColumn(columns.get(index));
		viewer.getTable().setSortDirection(up ? SWT.UP : SWT.DOWN);
		Comparator<T> by = up ? comparators.get(index) : comparators.get(index).reversed();
		order = ties == null ? by : by.thenComparing(ties);
		viewer.refresh();
	}
}
