package org.duizhao.corpus.ui.internal.jobs;

import java.util.List;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectCheck;
import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Lists what a check found and what a repair did; offers a repair when something is left. */
final class CheckResultDialog extends Dialog {

	private static final int REPAIR_ID = IDialogConstants.CLIENT_ID + 1;

	private final Project project;
	private final List<ProjectCheck.Finding> findings;
	private final boolean repaired;

	CheckResultDialog(Shell parent, Project project, List<ProjectCheck.Finding> findings, boolean repaired) {
		super(parent);
		this.project = project;
		this.findings = findings;
		this.repaired = repaired;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Check_title, project.name()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		long left = findings.stream().filter(f -> f.repair() == null).count();
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(findings.isEmpty() ? Messages.Check_whole
				: NLS.bind(Messages.Check_summary, findings.size(), findings.size() - left));
		if (!findings.isEmpty()) {
			TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
			table.getTable().setHeaderVisible(true);
			column(table, Messages.Check_problem, 520, f -> f.problem());
			column(table, Messages.Check_repair, 260, f -> f.repair() == null ? "" : f.repair()); //$NON-NLS-1$
			table.setContentProvider(ArrayContentProvider.getInstance());
			table.setInput(findings);
			GridDataFactory.fillDefaults().grab(true, true).hint(800, 240).applyTo(table.getControl());
		}
		return area;
	}

	private static void column(TableViewer table, String title, int width,
			java.util.function.Function<ProjectCheck.Finding, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ProjectCheck.Finding) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (!repaired && findings.stream().anyMatch(f -> f.repair() == null)) {
			createButton(parent, REPAIR_ID, Messages.Check_repairButton, false);
		}
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == REPAIR_ID) {
			CheckProjectJob.start(project, true, getParentShell());
			okPressed();
			return;
		}
		super.buttonPressed(buttonId);
	}
}
