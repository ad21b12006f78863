package org.duizhao.annotations.ui.internal.views;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.analysis.CodeMatrices;
import org.duizhao.annotations.core.analysis.CodeMatrix;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Code Matrix: how often each code was applied, one row per code (in tree order), one column per
 * document, region or year ({@link CodeMatrices}), with row totals; saves as CSV. Reads again when
 * the store changes.
 */
public class MatrixView extends StoreView<MatrixView.Data> {

	/** The view id. */
	public static final String ID = "org.duizhao.annotations.ui.matrix"; //$NON-NLS-1$

	/** What the columns are. */
	public enum Columns {
		/** One column per document. */
		DOCUMENT,
		/** One column per region named in the metadata. */
		REGION,
		/** One column per year of the documents' dates. */
		YEAR
	}

	/** The codes in tree order, their names, the annotations and the documents. */
	record Data(List<Code> codes, CodeTree tree, List<Annotation> annotations, List<Document> documents) {
	}

	private Composite top;
	private Combo grouping;
	private Table table;
	private Button export;
	private Data data;
	private CodeMatrix matrix;

	@Override
	protected void createControls(Composite parent) {
		top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(top);
		// the controls in a row of their own that wraps: in one grid with the table, the table's
		// preferred width (every column) widened the grid beyond the view and pushed Export CSV out of
		// sight; in a narrow view (the side stack at 1024x768) the button goes onto a second line
		Composite bar = new Composite(top, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.center = true;
		row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
		row.spacing = 6;
		bar.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.Matrix_columns);
		grouping = new Combo(bar, SWT.READ_ONLY);
		grouping.setItems(Messages.Matrix_byDocument, Messages.Matrix_byRegion, Messages.Matrix_byYear);
		grouping.select(0);
		grouping.addListener(SWT.Selection, e -> fill());
		export = new Button(bar, SWT.PUSH);
		export.setText(Messages.Agreement_export);
		export.addListener(SWT.Selection, e -> askExport());
		table = new Table(top, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		// a small preferred size: the table fills what the view has and scrolls, whatever its columns
		GridDataFactory.fillDefaults().grab(true, true).hint(100, 60).applyTo(table);
	}

	@Override
	protected Control control() {
		return top;
	}

	@Override
	protected Data read(AnnotationStore store, Project shown) throws Exception {
		CodeTree tree = new CodeTree(store.codes());
		List<Code> ordered = new ArrayList<>();
		tree.roots().forEach(c -> walk(tree, c, ordered));
		return new Data(ordered, tree, store.annotations(AnnotationQuery.all()), shown.documents());
	}

	private static void walk(CodeTree tree, Code code, List<Code> out) {
		out.add(code);
		tree.children(code.id()).forEach(c -> walk(tree, c, out));
	}

	@Override
	protected void show(Project shown, Data read) {
		data = read;
		fill();
	}

	/** Shows the matrix with {@code columns} (UI thread). */
	public void setColumns(Columns columns) {
		grouping.select(columns.ordinal());
		fill();
	}

	private void fill() {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn c : table.getColumns()) {
				c.dispose();
			}
			matrix = data == null ? null : compute(data, Columns.values()[grouping.getSelectionIndex()]);
			if (matrix == null) {
				return;
			}
			Map<String, String> labels = columnLabels();
			column(Messages.Agreement_code, 180);
			matrix.columns().forEach(c -> column(labels.getOrDefault(c, c), 90));
			column(Messages.Matrix_total, 70);
			for (int r = 0; r < matrix.codeIds().size(); r++) {
				String codeId = matrix.codeIds().get(r);
				String[] cells = new String[matrix.columns().size() + 2];
				cells[0] = data.tree().path(codeId);
				for (int c = 0; c < matrix.columns().size(); c++) {
					cells[c + 1] = Integer.toString(matrix.counts()[r][c]);
				}
				cells[cells.length - 1] = Integer.toString(matrix.total(codeId));
				new TableItem(table, SWT.NONE).setText(cells);
			}
		} finally {
			table.setRedraw(true);
		}
	}

	private static CodeMatrix compute(Data data, Columns columns) {
		List<String> ids = data.codes().stream().map(Code::id).toList();
		return switch (columns) {
		case DOCUMENT -> CodeMatrices.byDocument(ids, data.annotations(), data.documents());
		case REGION -> CodeMatrices.byRegion(ids, data.annotations(), data.documents());
		case YEAR -> CodeMatrices.byYear(ids, data.annotations(), data.documents());
		};
	}

	private Map<String, String> columnLabels() {
		Map<String, String> labels = new HashMap<>();
		data.documents().forEach(d -> labels.put(d.id(), d.displayName()));
		labels.put(CodeMatrix.UNKNOWN, Messages.Matrix_unknown);
		return labels;
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(table, SWT.NONE);
		c.setText(title);
		c.setWidth(width);
	}

	private void askExport() {
		if (matrix == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Agreement_export);
		dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		dialog.setFileName(project() == null ? "matrix.csv" : project().name() + "-matrix.csv"); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				exportCsv(Path.of(chosen));
			} catch (IOException e) {
				MessageDialog.openError(getSite().getShell(), Messages.Agreement_export,
						NLS.bind(Messages.Matrix_exportFailed, e.getMessage()));
			}
		}
	}

	/** Writes the matrix shown as CSV, codes by their path and columns by their labels. */
	public void exportCsv(Path file) throws IOException {
		Map<String, String> codeNames = new HashMap<>();
		matrix.codeIds().forEach(id -> codeNames.put(id, data.tree().path(id)));
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			matrix.writeCsv(out, codeNames, columnLabels());
		}
	}

	/** @return the Export CSV button (tests) */
	public Button exportButton() {
		return export;
	}

	/** @return the table (tests) */
	public Table table() {
		return table;
	}
}
