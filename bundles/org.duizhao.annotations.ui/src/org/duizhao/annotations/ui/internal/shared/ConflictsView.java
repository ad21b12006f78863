package org.duizhao.annotations.ui.internal.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The conflicts to resolve: edits the outbox could not push and live edits the server refused. The
 * selected one is shown side by side (mine, theirs) with a merged memo to edit; Keep Mine, Take
 * Theirs and Merge Memo write through the core's conflict rules, in a job.
 */
public final class ConflictsView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.duizhao.annotations.ui.conflicts"; //$NON-NLS-1$

	private SashForm root;
	private TableViewer table;
	private Text mine;
	private Text theirs;
	private Text merged;
	private Label status;
	private Button keep;
	private Button take;
	private Button merge;
	private volatile List<ConflictRow> rows = List.of();
	private volatile Map<String, String> codeNames = Map.of();
	private volatile boolean busy;
	private Job reader;
	private final Runnable changed = this::refreshLater;

	@Override
	public void createPartControl(Composite parent) {
		root = new SashForm(parent, SWT.VERTICAL);
		table = new TableViewer(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Conflicts_project, 120, ConflictRow::project);
		column(Messages.Conflicts_subject, 260, ConflictRow::subject);
		column(Messages.Conflicts_mineColumn, 200, r -> oneLine(ConflictRow.memo(r.mine())));
		column(Messages.Conflicts_theirsColumn, 200, r -> oneLine(ConflictRow.memo(r.theirs())));
		table.addSelectionChangedListener(e -> showSelected());
		createDetail();
		root.setWeights(2, 3);
		reader = Job.create(Messages.Conflicts_reading, m -> {
			read();
			return Status.OK_STATUS;
		});
		reader.setSystem(true);
		AnnotationsUiPlugin.getDefault().connections().addListener(changed);
		AnnotationsUiPlugin.getDefault().conflicts().addListener(changed);
		refresh();
	}

	private void createDetail() {
		Composite detail = new Composite(root, SWT.NONE);
		detail.setLayout(new GridLayout(3, true));
		label(detail, Messages.Conflicts_mine);
		label(detail, Messages.Conflicts_theirs);
		label(detail, Messages.Conflicts_merged);
		mine = text(detail, SWT.READ_ONLY);
		theirs = text(detail, SWT.READ_ONLY);
		merged = text(detail, SWT.NONE);
		Composite buttons = new Composite(detail, SWT.NONE);
		buttons.setLayout(new GridLayout(4, false));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		keep = button(buttons, Messages.Conflicts_keepMine, () -> resolve(ConflictResolver::keepMine));
		take = button(buttons, Messages.Conflicts_takeTheirs, () -> resolve(ConflictResolver::takeTheirs));
		merge = button(buttons, Messages.Conflicts_mergeMemo, () -> {
			String memo = merged.getText();
			resolve(r -> ConflictResolver.merge(r, memo));
		});
		status = new Label(buttons, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		updateButtons();
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private static Text text(Composite parent, int style) {
		Text t = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | style);
		t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// Tab moves on to the next control rather than typing a tab into the memo
		t.addTraverseListener(e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		return t;
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	private void column(String title, int width, Function<ConflictRow, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((ConflictRow) o)));
	}

	private static String oneLine(String s) {
		return s.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the selected conflict, or {@code null} */
	public ConflictRow selected() {
		Object o = ((IStructuredSelection) table.getSelection()).getFirstElement();
		return o instanceof ConflictRow r ? r : null;
	}

	private void showSelected() {
		ConflictRow r = selected();
		Function<List<String>, String> names = ids -> String.join(", ", //$NON-NLS-1$
				ids.stream().map(id -> codeNames.getOrDefault(id, "?")).toList()); //$NON-NLS-1$
		mine.setText(r == null ? "" : ConflictRow.describe(r.mine(), names)); //$NON-NLS-1$
		theirs.setText(r == null ? "" : ConflictRow.describe(r.theirs(), names)); //$NON-NLS-1$
		merged.setText(r == null ? "" : r.mergedMemo()); //$NON-NLS-1$
		updateButtons();
	}

	private void updateButtons() {
		ConflictRow r = selected();
		keep.setEnabled(!busy && r != null);
		take.setEnabled(!busy && r != null);
		merge.setEnabled(!busy && r != null && r.canMerge());
		merged.setEditable(!busy && r != null && r.canMerge());
	}

	@FunctionalInterface
	private interface Resolution {
		void apply(ConflictRow row) throws StoreException;
	}

	private Job resolve(Resolution resolution) {
		ConflictRow row = selected();
		if (row == null) {
			return null;
		}
		busy = true;
		updateButtons();
		status.setText(""); //$NON-NLS-1$
		Job job = Job.create(NLS.bind(Messages.Conflicts_resolving, row.subject()), m -> {
			String problem = null;
			try {
				resolution.apply(row);
			} catch (StoreException e) {
				problem = NLS.bind(Messages.Conflicts_failed, e.getMessage());
			}
			String shown = problem;
			asyncExec(() -> {
				busy = false;
				status.setText(shown == null ? "" : shown); //$NON-NLS-1$
				status.getParent().layout();
				refresh();
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Keeps the selected conflict's mine (tests: as if pressed); @return the job */
	public Job keepMine() {
		return resolve(ConflictResolver::keepMine);
	}

	/** Takes theirs for the selected conflict; @return the job */
	public Job takeTheirs() {
		return resolve(ConflictResolver::takeTheirs);
	}

	/** Writes {@code memo} as the merged memo of the selected conflict; @return the job */
	public Job mergeMemo(String memo) {
		merged.setText(memo);
		String text = merged.getText();
		return resolve(r -> ConflictResolver.merge(r, text));
	}

	/** Reads the conflicts again (UI thread). */
	public void refresh() {
		if (reader != null && !root.isDisposed()) {
			reader.schedule();
		}
	}

	private void refreshLater() {
		asyncExec(this::refresh);
	}

	private void read() {
		try {
			List<ConflictRow> found = ConflictResolver.all(CorpusUiPlugin.getDefault().projects().all());
			Map<String, String> names = new java.util.HashMap<>();
			for (ConflictRow r : found) {
				try {
					for (Code c : AnnotationsUiPlugin.getDefault().stores().store(r.root()).codes()) {
						names.put(c.id(), c.name());
					}
				} catch (StoreException e) {
					// offline: codes are shown by id
				}
			}
			codeNames = names;
			asyncExec(() -> show(found));
		} catch (StoreException e) {
			AnnotationsUiPlugin.log(e.getMessage(), e);
		}
	}

	private void show(List<ConflictRow> found) {
		ConflictRow before = selected();
		rows = found;
		table.setInput(found);
		ConflictRow again = before == null ? null
				: found.stream().filter(r -> same(r, before)).findFirst().orElse(null);
		if (again == null && !found.isEmpty()) {
			again = found.get(0);
		}
		table.setSelection(again == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY : new org.eclipse.jface.viewers.StructuredSelection(again));
		showSelected();
		setContentDescription(found.isEmpty() ? Messages.Conflicts_none
				: NLS.bind(Messages.Conflicts_count, found.size()));
	}

	private static boolean same(ConflictRow a, ConflictRow b) {
		if (a.pushed() != null && b.pushed() != null) {
			return a.pushed().id() == b.pushed().id() && a.root().equals(b.root());
		}
		return a.live() != null && b.live() != null && a.live().id() == b.live().id();
	}

	private void asyncExec(Runnable r) {
		if (root != null && !root.isDisposed()) {
			root.getDisplay().asyncExec(() -> {
				if (!root.isDisposed()) {
					r.run();
				}
			});
		}
	}

	/** @return the conflicts shown */
	public List<ConflictRow> rows() {
		return rows;
	}

	/** @return whether no resolution is running (tests) */
	public boolean isIdle() {
		return !busy && reader.getState() == Job.NONE;
	}

	/** @return the texts shown: mine, theirs, merged (tests) */
	public String[] texts() {
		return new String[] { mine.getText(), theirs.getText(), merged.getText() };
	}

	/** Selects {@code row} (tests). */
	public void select(ConflictRow row) {
		table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row));
		showSelected();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		AnnotationsUiPlugin.getDefault().connections().removeListener(changed);
		AnnotationsUiPlugin.getDefault().conflicts().removeListener(changed);
		reader.cancel();
		super.dispose();
	}

}
