package org.duizhao.compare.ui.internal.related;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.corpus.ui.SortableColumns;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

/**
 * The Shared Formulas table, ranked as the core ranks them (rarest in the project first); generic
 * phrases are hidden until the toggle shows them. Selecting formulas highlights them in both panes;
 * the button codes every occurrence of the selected ones.
 */
final class FormulasTable {

	private final Composite area;
	private final TableViewer viewer;
	private final Button generic;
	private final Button codeAll;
	private RelatedResult result;

	FormulasTable(Composite parent, Consumer<List<FormulaRow>> selected, Runnable code) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
		generic = new Button(area, SWT.CHECK);
		generic.setText(Messages.Related_showGeneric);
		generic.setToolTipText(Messages.Related_showGenericTip);
		generic.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, true, false));
		codeAll = new Button(area, SWT.PUSH);
		codeAll.setText(Messages.Related_codeAll);
		codeAll.setToolTipText(Messages.Related_codeAllTip);
		codeAll.addListener(SWT.Selection, e -> code.run());
		viewer = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		SortableColumns<FormulaRow> columns = new SortableColumns<>(viewer, FormulaRow.class);
		columns.add(Messages.Related_phrase, 260, SWT.LEFT, f -> f.formula().text(),
				Comparator.comparingInt(FormulaRow::rank));
		columns.add(Messages.Related_countA, 70, SWT.RIGHT, f -> Integer.toString(f.formula().inA().size()),
				Comparator.comparingInt(f -> f.formula().inA().size()));
		columns.add(Messages.Related_countB, 70, SWT.RIGHT, f -> Integer.toString(f.formula().inB().size()),
				Comparator.comparingInt(f -> f.formula().inB().size()));
		columns.add(Messages.Related_documents, 90, SWT.RIGHT, f -> Integer.toString(f.documents()),
				Comparator.comparingInt(FormulaRow::documents));
		viewer.addSelectionChangedListener(e -> selected.accept(selection()));
		generic.addListener(SWT.Selection, e -> refill());
	}

	void show(RelatedResult value) {
		result = value;
		refill();
	}

	private void refill() {
		if (result != null) {
			viewer.setInput(result.formulas(generic.getSelection()));
		}
	}

	/** @return the formulas selected, in table order */
	List<FormulaRow> selection() {
		return viewer.getStructuredSelection().toList().stream().map(FormulaRow.class::cast).toList();
	}

	/** Selects {@code rows} (firing the selection as a click would). */
	void select(List<FormulaRow> rows) {
		viewer.setSelection(new StructuredSelection(rows), true);
	}

	/** @param on whether generic phrases are listed */
	void setShowGeneric(boolean on) {
		generic.setSelection(on);
		refill();
	}

	/** @param available whether coding is possible (the annotations capability is there) */
	void setCodingAvailable(boolean available) {
		codeAll.setEnabled(available);
	}

	TableViewer viewer() {
		return viewer;
	}

	Button codeAllButton() {
		return codeAll;
	}

	Control control() {
		return area;
	}
}
