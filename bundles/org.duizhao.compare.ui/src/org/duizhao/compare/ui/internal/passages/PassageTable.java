package org.duizhao.compare.ui.internal.passages;

import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Supplier;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.model.PassageRow;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The table of shared passages: four columns, each sortable by a click on its header. */
final class PassageTable {

	private PassageTable() {
	}

	static TableViewer create(Composite parent, Supplier<CompareResult> result) {
		TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		Sorter sorter = new Sorter();
		viewer.setComparator(sorter);
		column(viewer, sorter, Messages.Passages_length, 70, r -> String.valueOf(r.length()),
				Comparator.comparingInt(PassageRow::length).reversed());
		column(viewer, sorter, Messages.Passages_positionA, 90, r -> String.valueOf(r.positionA()),
				Comparator.comparingInt(PassageRow::positionA));
		column(viewer, sorter, Messages.Passages_positionB, 90, r -> String.valueOf(r.positionB()),
				Comparator.comparingInt(PassageRow::positionB));
		column(viewer, sorter, Messages.Passages_text, 500, r -> {
			CompareResult current = result.get();
			return current == null ? "" : r.text(current); //$NON-NLS-1$
		}, Comparator.comparing(r -> r.passage().text()));
		sorter.by(table.getColumn(0), Comparator.comparingInt(PassageRow::length).reversed());
		return viewer;
	}

	private static void column(TableViewer viewer, Sorter sorter, String title, int width,
			Function<PassageRow, String> text, Comparator<PassageRow> order) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setToolTipText(title);
		column.getColumn().pack(); // no rows yet: the header's own width, so "Position in A" is never cut
		column.getColumn().setWidth(Math.max(width, column.getColumn().getWidth()));
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((PassageRow) o)));
		column.getColumn().addListener(SWT.Selection, e -> {
			sorter.by(column.getColumn(), order);
			viewer.refresh();
		});
	}

	/** Sorts by the last column clicked; a second click reverses. */
	private static final class Sorter extends ViewerComparator {
		private TableColumn column;
		private Comparator<PassageRow> order = Comparator.comparingInt(PassageRow::positionA);
		private boolean reversed;

		void by(TableColumn clicked, Comparator<PassageRow> base) {
			reversed = clicked == column && !reversed;
			column = clicked;
			order = base;
			Table table = clicked.getParent();
			table.setSortColumn(clicked);
			table.setSortDirection(reversed ? SWT.UP : SWT.DOWN);
		}

		@Override
		public int compare(Viewer viewer, Object e1, Object e2) {
			int c = order.compare((PassageRow) e1, (PassageRow) e2);
			return reversed ? -c : c;
		}
	}
}
