package org.duizhao.annotations.ui.internal.analysis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.analysis.AgreementRow;
import org.duizhao.annotations.core.analysis.AgreementTable;
import org.duizhao.annotations.core.analysis.IntercoderAgreement;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.corpus.core.Document;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Inter-coder agreement: the researcher chooses coders, codes and documents, and sees per code the
 * units (characters), the percentage of agreement, Cohen's kappa (two coders) and Krippendorff's
 * alpha ({@link IntercoderAgreement}); the table can be saved as CSV. Computing runs in a job.
 */
public final class AgreementDialog extends Dialog {

	private static final int COMPUTE_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 2;

	private final AgreementInput input;
	private CheckboxTableViewer coders;
	private CheckboxTableViewer codes;
	private CheckboxTableViewer documents;
	private TableViewer results;
	private Label status;
	private volatile AgreementTable table;

	/** @param input what can be chosen */
	public AgreementDialog(Shell parent, AgreementInput input) {
		super(parent);
		this.input = input;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Agreement_title, input.project().name()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite choices = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).applyTo(choices);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(choices);
		coders = choice(choices, Messages.Agreement_coders, input.coders(), o -> (String) o);
		codes = choice(choices, Messages.Agreement_codes, input.codes(), o -> input.tree().path(((Code) o).id()));
		documents = choice(choices, Messages.Agreement_documents, input.documents(), o -> ((Document) o).displayName());
		results = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		results.getTable().setHeaderVisible(true);
		column(Messages.Agreement_code, 220, r -> r.code());
		column(Messages.Agreement_units, 90, r -> Long.toString(r.units()));
		column(Messages.Agreement_percent, 100, r -> r.agreement() == null ? "–" //$NON-NLS-1$
				: String.format(Locale.ROOT, "%.1f%%", r.agreement() * 100)); //$NON-NLS-1$
		column(Messages.Agreement_kappa, 100, r -> decimal(r.kappa()));
		column(Messages.Agreement_alpha, 100, r -> decimal(r.alpha()));
		results.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 200).applyTo(results.getControl());
		status = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		status.setText(Messages.Agreement_hint);
		return area;
	}

	private static CheckboxTableViewer choice(Composite parent, String title, List<?> items, Function<Object, String> text) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		CheckboxTableViewer viewer = CheckboxTableViewer.newCheckList(group, SWT.BORDER | SWT.V_SCROLL);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(LabelProvider.createTextProvider(text));
		viewer.setInput(items);
		viewer.setAllChecked(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 140).applyTo(viewer.getControl());
		return viewer;
	}

	private void column(String title, int width, Function<AgreementRow, String> text) {
		TableViewerColumn c = new TableViewerColumn(results, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((AgreementRow) element);
			}
		});
	}

	private static String decimal(Double value) {
		return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COMPUTE_ID, Messages.Agreement_compute, true);
		createButton(parent, EXPORT_ID, Messages.Agreement_export, false).setEnabled(false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COMPUTE_ID) {
			compute();
		} else if (buttonId == EXPORT_ID) {
			askExport();
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Computes the table for the checked coders, codes and documents, in a job (UI thread). */
	public Job compute() {
		List<String> chosenCoders = checked(coders, String.class);
		if (chosenCoders.size() < 2) {
			status.setText(Messages.Agreement_twoCoders);
			return null;
		}
		List<Code> chosenCodes = checked(codes, Code.class);
		List<Document> chosenDocuments = checked(documents, Document.class);
		List<Annotation> annotations = input.annotations();
		CodeTree tree = input.tree();
		status.setText(Messages.Agreement_computing);
		Job job = Job.create(Messages.Agreement_computing, (IProgressMonitor monitor) -> {
			try {
				AgreementTable computed = IntercoderAgreement.compute(annotations, chosenCoders, chosenCodes, tree,
						chosenDocuments, monitor);
				showLater(computed);
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void showLater(AgreementTable computed) {
		Shell shell = getShell();
		if (shell == null || shell.isDisposed()) {
			return;
		}
		shell.getDisplay().asyncExec(() -> {
			if (!results.getControl().isDisposed()) {
				table = computed;
				results.setInput(computed.rows());
				status.setText(NLS.bind(Messages.Agreement_done, String.join(", ", computed.coders()))); //$NON-NLS-1$
				getButton(EXPORT_ID).setEnabled(true);
			}
		});
	}

	private static <T> List<T> checked(CheckboxTableViewer viewer, Class<T> type) {
		List<T> result = new ArrayList<>();
		for (Object o : viewer.getCheckedElements()) {
			result.add(type.cast(o));
		}
		return result;
	}

	private void askExport() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.Agreement_export);
		dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
		dialog.setFileName(input.project().name() + "-agreement.csv"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			try {
				exportCsv(Path.of(chosen));
			} catch (IOException e) {
				AnnotationsUiPlugin.log(e.getMessage(), e);
				MessageDialog.openError(getShell(), Messages.Agreement_export, e.getMessage());
			}
		}
	}

	/** Writes the table last computed as CSV. */
	public void exportCsv(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			table.writeCsv(out);
		}
	}

	/** @return the coders to check (tests) */
	public CheckboxTableViewer coders() {
		return coders;
	}

	/** @return the results table (tests) */
	public TableViewer results() {
		return results;
	}

	/** @return the table last computed, or {@code null} */
	public AgreementTable table() {
		return table;
	}
}
