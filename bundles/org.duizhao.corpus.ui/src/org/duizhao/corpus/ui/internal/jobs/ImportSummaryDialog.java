package org.duizhao.corpus.ui.internal.jobs;

import org.duizhao.corpus.core.ImportReport;
import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Lists what an import skipped and why, under a one-line count of what it imported. */
final class ImportSummaryDialog extends Dialog {

	private final ImportReport report;

	ImportSummaryDialog(Shell parent, ImportReport report) {
		super(parent);
		this.report = report;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Import_summaryTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label count = new Label(area, SWT.WRAP);
		count.setText(NLS.bind(Messages.Import_summaryImported, report.imported().size(), report.skipped().size()));
		if (!report.sameTitles().isEmpty()) {
			Label same = new Label(area, SWT.WRAP);
			String titles = report.sameTitles().stream().map(s -> s.document().displayName()).distinct()
					.collect(java.util.stream.Collectors.joining(Messages.Import_titleSeparator));
			same.setText(NLS.bind(Messages.Import_sameTitles, report.sameTitles().size(), titles));
			GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(same);
		}
		if (!report.skipped().isEmpty()) {
			TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
			table.getTable().setHeaderVisible(true);
			column(table, Messages.Properties_source, 320, s -> ((ImportReport.Skipped) s).file().toString());
			column(table, Messages.Import_summaryTitle, 360, s -> ((ImportReport.Skipped) s).message());
			table.setContentProvider(ArrayContentProvider.getInstance());
			table.setInput(report.skipped());
			GridDataFactory.fillDefaults().grab(true, true).hint(700, 240).applyTo(table.getControl());
		}
		return area;
	}

	private static void column(TableViewer table, String title, int width,
			java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
