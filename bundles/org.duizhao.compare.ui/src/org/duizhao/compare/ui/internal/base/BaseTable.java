package org.duizhao.compare.ui.internal.base;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.duizhao.compare.core.BaseComparison;
import org.duizhao.compare.ui.internal.Messages;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Rows are the base sentences, columns the other documents, each cell the sentence's fate; a
 * double click on a cell opens that document's comparison with the base.
 */
final class BaseTable {

	private final TableViewer viewer;

	BaseTable(Composite parent, IntConsumer openColumn) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getTable().addListener(SWT.MouseDoubleClick, e -> {
			ViewerCell cell = viewer.getCell(new Point(e.x, e.y));
			if (cell != null && cell.getColumnIndex() > 0) {
				openColumn.accept(cell.getColumnIndex() - 1);
			}
		});
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
	}

	Control control() {
		return viewer.getControl();
	}

	void show(BaseComparison table) {
		for (var c : viewer.getTable().getColumns()) {
			c.dispose();
		}
		TableViewerColumn sentence = new TableViewerColumn(viewer, SWT.LEFT);
		sentence.getColumn().setText(Messages.Base_sentence);
		sentence.getColumn().setWidth(420);
		sentence.setLabelProvider(ColumnLabelProvider
				.createTextProvider(o -> table.sentenceText((Integer) o).replace('\n', ' ')));
		for (int c = 0; c < table.columnCount(); c++) {
			int column = c;
			TableViewerColumn fate = new TableViewerColumn(viewer, SWT.LEFT);
			fate.getColumn().setText(table.columnName(column));
			fate.getColumn().setWidth(120);
			fate.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return FateLabels.of(table.fate((Integer) element, column));
				}

				@Override
				public Color getBackground(Object element) {
					return FateColors.of(table.fate((Integer) element, column));
				}
			});
		}
		viewer.setInput(IntStream.range(0, table.rowCount()).boxed().toArray());
	}
}
