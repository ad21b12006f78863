package org.duizhao.annotations.ui.internal.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.viewer.HoverText;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;

/**
 * The coded passages of the current project: document, quote, codes, coder, date and memo,
 * filtered by the codes selected in the Codes view (with their sub-codes), by document, by coder
 * and by text in the quote or memo. Double-click reveals a passage in the document viewer.
 */
public class AnnotationsView extends StoreView<AnnotationRows> {

	/** The view id. */
	public static final String ID = "org.duizhao.annotations.ui.annotations"; //$NON-NLS-1$

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private Composite root;
	private Text search;
	private Combo coder;
	private Combo document;
	private Label codeFilter;
	private TableViewer table;
	private volatile Set<String> codeIds = Set.of();
	private volatile String codeNames = ""; //$NON-NLS-1$
	private volatile String text = ""; //$NON-NLS-1$
	private volatile String coderValue;
	private volatile String documentValue;
	private AnnotationRows shown = new AnnotationRows(List.of(), new CodeTree(List.of()), Map.of(), List.of());
	private final ISelectionListener codesListener = (part, sel) -> {
		if (part instanceof CodesView v) {
			filterByCodes(v.selectedCodes(), v.counts().tree());
		}
	};

	@Override
	protected void createControls(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(5, false));
		search = new Text(root, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.Annotations_search);
		GridData searchData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		searchData.minimumWidth = 120;
		search.setLayoutData(searchData);
		search.addModifyListener(e -> {
			text = search.getText().strip();
			refresh();
		});
		document = combo(Messages.Annotations_allDocuments, v -> documentValue = v);
		coder = combo(Messages.Annotations_allCoders, v -> coderValue = v);
		codeFilter = new Label(root, SWT.NONE);
		codeFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new TableViewer(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		table.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Annotations_document, 160, a -> shown.titles().getOrDefault(a.documentId(), a.documentId()));
		column(Messages.Annotations_quote, 320, a -> oneLine(a.quote().exact()));
		column(Messages.Annotations_codes, 180, a -> HoverText.codeNames(a, shown.codes()));
		column(Messages.Annotations_coder, 90, Annotation::coder);
		column(Messages.Annotations_date, 120, a -> DATE.format(a.modified()));
		column(Messages.Annotations_memo, 200, a -> oneLine(a.memo()));
		table.addDoubleClickListener(e -> reveal());
		getSite().setSelectionProvider(table);
		MenuManager menu = new MenuManager();
		menu.add(new Separator("additions")); //$NON-NLS-1$
		table.getControl().setMenu(menu.createContextMenu(table.getControl()));
		getSite().registerContextMenu(menu, table);
		getSite().getPage().addSelectionListener(CodesView.ID, codesListener);
	}

	private Combo combo(String all, java.util.function.Consumer<String> set) {
		Combo c = new Combo(root, SWT.READ_ONLY);
		c.setItems(all);
		c.select(0);
		GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		data.widthHint = 140; // titles can be long: keep the filter row inside a bottom view at 1024x768
		c.setLayoutData(data);
		c.addListener(SWT.Selection, e -> {
			set.accept(c.getSelectionIndex() <= 0 ? null : (String) c.getData(String.valueOf(c.getSelectionIndex())));
			refresh();
		});
		return c;
	}

	private void column(String title, int width, Function<Annotation, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.getColumn().setMoveable(true);
		c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((Annotation) o)));
	}

	private static String oneLine(String s) {
		return s.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Shows only passages with one of {@code codes} or their sub-codes (none: every passage). */
	public void filterByCodes(List<Code> codes, CodeTree tree) {
		Set<String> ids = codes.stream().map(Code::id).collect(java.util.stream.Collectors.toSet());
		codeIds = ids.isEmpty() ? Set.of() : tree.withDescendants(ids);
		codeNames = String.join(", ", codes.stream().map(Code::name).toList()); //$NON-NLS-1$
		refresh();
	}

	/** Sets the text filter (for tests: as if typed). */
	public void setSearchText(String value) {
		search.setText(value);
	}

	/** Filters by coder ({@code null}: every coder). */
	public void setCoder(String value) {
		coderValue = value;
		refresh();
	}

	@Override
	protected Control control() {
		return root;
	}

	@Override
	protected AnnotationRows read(AnnotationStore store, Project project) throws Exception {
		AnnotationQuery q = new AnnotationQuery(documentValue == null ? null : Set.of(documentValue), codeIds,
				coderValue == null ? null : Set.of(coderValue), text.isEmpty() ? null : text, null);
		Map<String, String> titles = new LinkedHashMap<>();
		for (Document d : project.documents()) {
			titles.put(d.id(), d.displayName());
		}
		return new AnnotationRows(store.annotations(q), new CodeTree(store.codes()), titles, store.coders());
	}

	@Override
	protected void show(Project project, AnnotationRows data) {
		shown = data == null ? new AnnotationRows(List.of(), new CodeTree(List.of()), Map.of(), List.of()) : data;
		fill(coder, Messages.Annotations_allCoders, shown.coders(), shown.coders(), coderValue);
		fill(document, Messages.Annotations_allDocuments, List.copyOf(shown.titles().keySet()),
				List.copyOf(shown.titles().values()), documentValue);
		codeFilter.setText(codeIds.isEmpty() ? "" : NLS.bind(Messages.Annotations_codeFilter, codeNames)); //$NON-NLS-1$
		table.setInput(shown.rows());
		setContentDescription(project == null ? Messages.View_noProject
				: NLS.bind(Messages.Annotations_description, project.name(), shown.rows().size()));
		root.layout();
	}

	private static void fill(Combo combo, String all, List<String> values, List<String> labels, String selected) {
		combo.removeAll();
		combo.add(all);
		int select = 0;
		for (int i = 0; i < values.size(); i++) {
			combo.add(labels.get(i));
			combo.setData(String.valueOf(i + 1), values.get(i));
			if (values.get(i).equals(selected)) {
				select = i + 1;
			}
		}
		combo.select(select);
	}

	/** @return the passages shown */
	public List<Annotation> rows() {
		return shown.rows();
	}

	/** @return the selected passages */
	public List<Annotation> selected() {
		return ((IStructuredSelection) table.getSelection()).toList().stream().map(Annotation.class::cast).toList();
	}

	/** Reveals the first selected passage in its document. */
	public void reveal() {
		Project p = project();
		List<Annotation> sel = selected();
		if (p != null && !sel.isEmpty()) {
			Reveal.passage(getSite().getPage(), p, sel.get(0));
		}
	}

	/** @return the table (for tests) */
	public TableViewer table() {
		return table;
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(CodesView.ID, codesListener);
		super.dispose();
	}
}
