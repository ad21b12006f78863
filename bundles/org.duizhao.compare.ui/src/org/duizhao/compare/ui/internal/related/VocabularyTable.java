package org.duizhao.compare.ui.internal.related;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.duizhao.compare.ui.internal.CompareUi;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.corpus.ui.SortableColumns;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * The Distinctive Vocabulary table: words over-represented in A against B and in B against A, by
 * log-likelihood (G²), with counts and relative frequencies; sortable by any column, filtered by a
 * word and a side, saved as CSV (what is shown, in the order shown).
 */
final class VocabularyTable {

	private final Composite area;
	private final Text filter;
	private final Combo side;
	private final TableViewer viewer;
	private List<VocabularyRow> rows = List.of();

	VocabularyTable(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));
		filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Related_filter);
		GridData filterData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		filterData.widthHint = 160;
		filter.setLayoutData(filterData);
		side = new Combo(area, SWT.READ_ONLY);
		side.setItems(Messages.Related_sideBoth, Messages.Related_sideA, Messages.Related_sideB);
		side.select(0);
		Button export = new Button(area, SWT.PUSH);
		export.setText(Messages.Related_export);
		export.addListener(SWT.Selection, e -> export());
		viewer = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		SortableColumns<VocabularyRow> columns = new SortableColumns<>(viewer, VocabularyRow.class);
		columns.add(Messages.Related_side, 60, SWT.LEFT, r -> r.side().name(), Comparator.comparing(VocabularyRow::side));
		columns.add(Messages.Related_word, 140, SWT.LEFT, VocabularyRow::word, Comparator.comparing(VocabularyRow::word));
		columns.add(Messages.Related_countA, 70, SWT.RIGHT, r -> Long.toString(r.countA()),
				Comparator.comparingLong(VocabularyRow::countA));
		columns.add(Messages.Related_countB, 70, SWT.RIGHT, r -> Long.toString(r.countB()),
				Comparator.comparingLong(VocabularyRow::countB));
		columns.add(Messages.Related_perMillionA, 110, SWT.RIGHT, r -> number(r.perMillionA(), 0),
				Comparator.comparingDouble(VocabularyRow::perMillionA));
		columns.add(Messages.Related_perMillionB, 110, SWT.RIGHT, r -> number(r.perMillionB(), 0),
				Comparator.comparingDouble(VocabularyRow::perMillionB));
		TableColumn g2 = columns.add(Messages.Related_g2, 70, SWT.RIGHT, r -> number(r.g2(), 2),
				Comparator.comparingDouble(VocabularyRow::g2));
		columns.sort(g2, false);
		filter.addListener(SWT.Modify, e -> refill());
		side.addListener(SWT.Selection, e -> refill());
	}

	private static String number(double value, int digits) {
		NumberFormat f = NumberFormat.getNumberInstance();
		f.setMinimumFractionDigits(digits);
		f.setMaximumFractionDigits(digits);
		return f.format(value);
	}

	void show(RelatedResult result) {
		rows = VocabularyRow.of(result.report());
		refill();
	}

	private void refill() {
		viewer.setInput(shownRows());
	}

	private List<VocabularyRow> shownRows() {
		int which = side.getSelectionIndex();
		String text = filter.getText();
		List<VocabularyRow> out = new ArrayList<>();
		for (VocabularyRow r : rows) {
			if ((which == 0 || r.side() == (which == 1 ? Side.A : Side.B)) && r.matches(text)) {
				out.add(r);
			}
		}
		return out;
	}

	/** @return the rows shown, in the order shown */
	List<VocabularyRow> visibleRows() {
		List<VocabularyRow> out = new ArrayList<>();
		for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
			out.add((VocabularyRow) viewer.getElementAt(i));
		}
		return out;
	}

	private void export() {
		FileDialog dialog = new FileDialog(area.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		dialog.setFileName("distinctive-vocabulary.csv"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			try {
				save(Path.of(file));
			} catch (IOException e) {
				ErrorDialog.openError(area.getShell(), Messages.Related_export, null,
						CompareUi.error(NLS.bind(Messages.Related_exportFailed, e.getMessage()), e));
			}
		}
	}

	/** Saves the rows shown, in the order shown, to {@code file}. */
	void save(Path file) throws IOException {
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			VocabularyCsv.write(visibleRows(), w);
		}
	}

	/** @param text the word filter */
	void setFilter(String text) {
		filter.setText(text);
	}

	/** @param index 0 both sides, 1 A, 2 B */
	void setSide(int index) {
		side.select(index);
		refill();
	}

	TableViewer viewer() {
		return viewer;
	}

	Control control() {
		return area;
	}
}
