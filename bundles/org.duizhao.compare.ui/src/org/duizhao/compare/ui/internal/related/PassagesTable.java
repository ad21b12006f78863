package org.duizhao.compare.ui.internal.related;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.Span;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.corpus.ui.SortableColumns;
import org.duizhao.text.core.TextRange;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

/**
 * The Parallel Passages table: where each passage lies in A and in B, its score and the start of
 * both texts; selecting a row reveals the pair in both panes.
 */
final class PassagesTable {

	private static final int EXCERPT = 40;

	private final TableViewer viewer;
	private RelatedResult result;
	private boolean quiet;

	PassagesTable(Composite parent, Consumer<ParallelPassage> selected) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		SortableColumns<ParallelPassage> columns = new SortableColumns<>(viewer, ParallelPassage.class);
		columns.add(Messages.Related_locationA, 150, SWT.LEFT, p -> location(Side.A, p.a()),
				Comparator.comparingInt(p -> p.a().start()));
		columns.add(Messages.Related_locationB, 150, SWT.LEFT, p -> location(Side.B, p.b()),
				Comparator.comparingInt(p -> p.b().start()));
		columns.add(Messages.Related_score, 60, SWT.RIGHT, p -> score(p.score()),
				Comparator.comparingDouble(ParallelPassage::score));
		columns.add(Messages.Related_excerptA, 300, SWT.LEFT, p -> result.excerpt(Side.A, p.a(), EXCERPT),
				Comparator.comparing(p -> result.excerpt(Side.A, p.a(), EXCERPT)));
		columns.add(Messages.Related_excerptB, 300, SWT.LEFT, p -> result.excerpt(Side.B, p.b(), EXCERPT),
				Comparator.comparing(p -> result.excerpt(Side.B, p.b(), EXCERPT)));
		table.addListener(SWT.Resize, e -> shareWidth(table));
		viewer.addSelectionChangedListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (!quiet && first instanceof ParallelPassage p) {
				selected.accept(p);
			}
		});
	}

	/** The two excerpts share the width the locations and the score leave, so neither is cut short early. */
	private static void shareWidth(Table table) {
		int fixed = table.getColumn(0).getWidth() + table.getColumn(1).getWidth() + table.getColumn(2).getWidth();
		int each = (table.getClientArea().width - fixed) / 2;
		if (each > 300) {
			table.getColumn(3).setWidth(each);
			table.getColumn(4).setWidth(each);
		}
	}

	private String location(Side side, Span span) {
		TextRange r = result.utf16(side, span);
		String text = result.text(side);
		int line = 1;
		for (int i = 0; i < r.start(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return NLS.bind(Messages.Related_location, new Object[] { line, span.start(), span.end() });
	}

	static String score(double value) {
		NumberFormat f = NumberFormat.getNumberInstance();
		f.setMinimumFractionDigits(2);
		f.setMaximumFractionDigits(2);
		return f.format(value);
	}

	/** Shows the passages of {@code value} at or above {@code threshold}, keeping the selection if it stays. */
	void show(RelatedResult value, List<ParallelPassage> passages) {
		result = value;
		Object kept = viewer.getStructuredSelection().getFirstElement();
		quiet = true;
		try {
			viewer.setInput(passages);
			if (kept != null && passages.contains(kept)) {
				viewer.setSelection(new StructuredSelection(kept), true);
			}
		} finally {
			quiet = false;
		}
	}

	/** Selects {@code p} (firing the selection as a click would). */
	void select(ParallelPassage p) {
		viewer.setSelection(new StructuredSelection(p), true);
	}

	/** @return the passage selected, or {@code null} */
	ParallelPassage selection() {
		return (ParallelPassage) viewer.getStructuredSelection().getFirstElement();
	}

	TableViewer viewer() {
		return viewer;
	}

	Control control() {
		return viewer.getControl();
	}
}
