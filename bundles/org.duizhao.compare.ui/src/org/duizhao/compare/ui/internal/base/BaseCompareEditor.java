package org.duizhao.compare.ui.internal.base;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.compare.core.SideBuilder;
import org.duizhao.compare.core.BaseComparison;
import org.duizhao.compare.ui.internal.CompareUi;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.editor.DocumentRef;
import org.duizhao.compare.ui.internal.handlers.CompareHandler;
import org.duizhao.compare.ui.internal.model.CompareRunner;
import org.duizhao.compare.ui.internal.model.CompareSettings;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.duizhao.corpus.ui.ReadOnlyEditor;

/**
 * "Compare with base": what became of each base sentence in each other document, as a table and
 * as a heat view. Computed once in a user job with the default settings.
 */
public class BaseCompareEditor extends ReadOnlyEditor<BaseEditorInput> {

	/** Creates the editor. */
	public BaseCompareEditor() {
		super(BaseEditorInput.class);
	}

	/** The editor id. */
	public static final String ID = "org.duizhao.compare.ui.baseEditor"; //$NON-NLS-1$

	private Label summary;
	private BaseTable table;
	private HeatView heat;
	private Job job;

	private BaseEditorInput baseInput() {
		return input();
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		summary = new Label(area, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary.setText(NLS.bind(Messages.Job_compareBase, baseInput().others().size(), baseInput().base().title()));
		Label legend = new Label(area, SWT.WRAP);
		legend.setText(Messages.Base_legend);
		legend.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		CTabFolder tabs = new CTabFolder(area, SWT.BOTTOM | SWT.BORDER);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new BaseTable(tabs, this::openColumn);
		heat = new HeatView(tabs, this::openColumn);
		tab(tabs, Messages.Base_tableTab, table.control());
		tab(tabs, Messages.Base_heatTab, heat.control());
		tabs.setSelection(0);
		compute();
	}

	private static void tab(CTabFolder tabs, String text, org.eclipse.swt.widgets.Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(text);
		item.setControl(control);
	}

	private void openColumn(int column) {
		CompareHandler.open(getSite().getPage(), baseInput().base(), baseInput().others().get(column));
	}

	private void compute() {
		BaseEditorInput input = baseInput();
		job = Job.create(NLS.bind(Messages.Job_compareBase, input.others().size(), input.base().title()),
				(IProgressMonitor monitor) -> run(input, monitor));
		job.setUser(true);
		job.schedule();
	}

	private IStatus run(BaseEditorInput input, IProgressMonitor monitor) {
		try {
			String base = input.base().readText();
			List<String> others = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (DocumentRef ref : input.others()) {
				others.add(ref.readText());
				names.add(ref.title());
			}
			BaseComparison result = new CompareRunner(new SideBuilder(input.base().normalizer())).compareWithBase(base, others, names,
					CompareSettings.defaults(), monitor);
			summary.getDisplay().asyncExec(() -> show(result));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			return CompareUi.error(NLS.bind(Messages.Job_failed, e.getMessage()), e);
		}
	}

	private void show(BaseComparison result) {
		if (summary.isDisposed()) {
			return;
		}
		summary.setText(NLS.bind(Messages.Base_summary, result.rowCount(), result.columnCount()));
		table.show(result);
		heat.show(result);
	}

	@Override
	public void setFocus() {
		table.control().setFocus();
	}

	@Override
	public void dispose() {
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
