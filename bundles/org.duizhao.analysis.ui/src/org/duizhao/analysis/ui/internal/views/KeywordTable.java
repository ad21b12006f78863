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
import org.duizhao.corpus.ui.SortableColumns;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
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
	private final SortableColumns<Keyword> columns;
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
		columns = new SortableColumns<>(viewer, Keyword.class).thenBy(Comparator.comparing(Keyword::word));
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
		TableColumn c = columns.add(title, width, style, label, by);
		c.pack(); // the header must read in full, in either language
		layout.setColumnData(c, new ColumnWeightData(width, Math.max(width, c.getWidth() + 24)));
	}

	private static String number(double value, int digits) {
		NumberFormat f = NumberFormat.getNumberInstance();
		f.setMinimumFractionDigits(digits);
		f.setMaximumFractionDigits(digits);
		return f.format(value);
	}

	/** Sorts by column {@code index} (0 word … 5 G²), ascending if {@code up}; ties by word. */
	void sort(int index, boolean up) {
		columns.sort(index, up);
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
