package org.duizhao.analysis.ui.internal.views;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.duizhao.analysis.core.Keyword;
import org.duizhao.analysis.core.format.KeynessCsv;
import org.duizhao.analysis.ui.internal.Messages;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The table of distinctive words of a target against the rest: word, both counts, both relative
 * frequencies per million words, G². Every column sorts when its header is clicked (again: the
 * other way); a word filter narrows the rows; CSV holds the rows shown, in the order shown.
 */
final class KeywordTable {

	private final Composite area;
	private final TableColumnLayout layout = new TableColumnLayout();
	private final TableViewer viewer;
	private final List<TableColumn> columns = new ArrayList<>();
	private final List<Comparator<Keyword>> orders = new ArrayList<>();
	private Comparator<Keyword> order;
	private List<Keyword> rows = List.of();
	private String filter = ""; //$NON-NLS-1$

	KeywordTable(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(layout); // the columns share the width, so G² does not take all that is left
		viewer = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object e1, Object e2) {
				return order == null ? 0 : order.compare((Keyword) e1, (Keyword) e2);
			}
		});
		column(Messages.Keyness_word, 160, SWT.LEFT, Keyword::word, Comparator.comparing(Keyword::word));
		column(Messages.Keyness_countTarget, 80, SWT.RIGHT, k -> Long.toString(k.countA()),
				Comparator.comparingLong(Keyword::countA));
		column(Messages.Keyness_countRest, 90, SWT.RIGHT, k -> Long.toString(k.countB()),
				Comparator.comparingLong(Keyword::countB));
		column(Messages.Keyness_perMillionTarget, 120, SWT.RIGHT, k -> number(k.perMillionA(), 1),
				Comparator.comparingDouble(Keyword::perMillionA));
		column(Messages.Keyness_perMillionRest, 120, SWT.RIGHT, k -> number(k.perMillionB(), 1),
				Comparator.comparingDouble(Keyword::perMillionB));
		column(Messages.Keyness_g2, 90, SWT.RIGHT, k -> number(k.g2(), 2), Comparator.comparingDouble(Keyword::g2));
		sort(5, false);
	}

	private void column(String title, int width, int style, Function<Keyword, String> label, Comparator<Keyword> by) {
		TableViewerColumn c = new TableViewerColumn(viewer, style);
		c.getColumn().setText(title);
		c.getColumn().pack(); // the header must read in full, in either language
		layout.setColumnData(c.getColumn(), new ColumnWeightData(width, Math.max(width, c.getColumn().getWidth() + 24)));
		c.getColumn().setMoveable(true);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return label.apply((Keyword) element);
			}
		});
		int index = columns.size();
		columns.add(c.getColumn());
		orders.add(by);
		c.getColumn().addListener(SWT.Selection, e -> sort(index,
				viewer.getTable().getSortColumn() != c.getColumn() || viewer.getTable().getSortDirection() != SWT.UP));
	}

	private static String number(double value, int digits) {
		NumberFormat f = NumberFormat.getNumberInstance();
		f.setMinimumFractionDigits(digits);
		f.setMaximumFractionDigits(digits);
		return f.format(value);
	}

	/** Sorts by column {@code index} (0 word … 5 G²), ascending if {@code up}; ties by word. */
	void sort(int index, boolean up) {
		Comparator<Keyword> by = up ? orders.get(index) : orders.get(index).reversed();
		order = by.thenComparing(Keyword::word);
		viewer.getTable().setSortColumn(columns.get(index));
		viewer.getTable().setSortDirection(up ? SWT.UP : SWT.DOWN);
		viewer.refresh();
	}

	/** Shows {@code words} (through the filter). */
	void show(List<Keyword> words) {
		rows = List.copyOf(words);
		refill();
	}

	/** Shows only the words containing {@code text} (case-insensitive; blank shows all). */
	void setFilter(String text) {
		filter = text.strip().toLowerCase(Locale.ROOT);
		refill();
	}

	private void refill() {
		viewer.setInput(rows.stream().filter(k -> filter.isEmpty() || k.word().toLowerCase(Locale.ROOT).contains(filter))
				.toList());
	}

	/** @return the rows shown, in the order shown */
	List<Keyword> visibleRows() {
		List<Keyword> out = new ArrayList<>();
		for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
			out.add((Keyword) viewer.getElementAt(i));
		}
		return out;
	}

	/** Saves the rows shown, in the order shown, as CSV (byte order mark, CRLF). */
	void save(Path file) throws IOException {
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			KeynessCsv.write(visibleRows(), w);
		}
	}

	/** @return the control to lay out */
	Control control() {
		return area;
	}
}
