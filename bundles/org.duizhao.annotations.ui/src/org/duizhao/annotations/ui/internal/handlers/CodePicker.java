package org.duizhao.annotations.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.ResizableDialog;
import org.duizhao.annotations.ui.internal.coding.CodeSystemOperation;
import org.duizhao.annotations.ui.internal.coding.StoreOperation;
import org.duizhao.annotations.ui.internal.views.ColorSwatches;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The quick code picker: type to filter the code paths, arrows to move, Enter to apply. When what
 * was typed names no code, the last row offers to make it ({@code parent/name} makes a sub-code).
 */
public final class CodePicker extends ResizableDialog {

	/** The row that makes a new code from the typed text. */
	private static final Object NEW = new Object();

	private final Path projectRoot;
	private CodeChoices choices;
	private Text filter;
	private TableViewer table;
	private ColorSwatches swatches;
	private Code chosen;

	/** @param projectRoot the project whose codes are offered */
	public CodePicker(Shell parent, Path projectRoot) {
		super(parent, Messages.Picker_title);
		this.projectRoot = projectRoot;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		choices = new CodeChoices(readCodes());
		filter = new Text(area, SWT.BORDER | SWT.SEARCH);
		filter.setMessage(Messages.Picker_filter);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
		grow(table.getControl(), 380, 260);
		swatches = new ColorSwatches(table.getControl());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				return label(o);
			}

			@Override
			public Image getImage(Object o) {
				return o instanceof Code c ? swatches.get(c.color()) : null;
			}
		});
		filter.addModifyListener(e -> refilter());
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
				move(e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
				e.doit = false;
			}
		});
		table.addDoubleClickListener(e -> okPressed());
		refilter();
		return area;
	}

	private String label(Object o) {
		if (o instanceof Code c) {
			String path = choices.tree().path(c.id());
			return c.shortcut() == null || c.shortcut().isBlank() ? path : path + "   [" + c.shortcut() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return NLS.bind(Messages.Picker_new, filter.getText().strip());
	}

	private CodeTree readCodes() {
		try {
			return new CodeTree(store().codes());
		} catch (StoreException e) {
			AnnotationsUiPlugin.log(e.getMessage(), e);
			return new CodeTree(List.of());
		}
	}

	private AnnotationStore store() throws StoreException {
		return AnnotationsUiPlugin.getDefault().stores().store(projectRoot);
	}

	private void refilter() {
		String typed = filter.getText();
		List<Object> rows = new ArrayList<>(choices.matching(typed));
		if (!typed.isBlank() && !choices.exists(typed)) {
			rows.add(NEW);
		}
		table.setInput(rows);
		if (!rows.isEmpty()) {
			table.setSelection(new StructuredSelection(rows.get(0)), true);
		}
	}

	private void move(int by) {
		int n = table.getTable().getItemCount();
		if (n > 0) {
			int at = Math.floorMod(table.getTable().getSelectionIndex() + by, n);
			table.getTable().setSelection(at);
		}
	}

	/** Sets the filter text, as if typed (for tests). */
	public void type(String text) {
		filter.setText(text);
	}

	/** Applies the selected row, as Enter does (for tests). */
	public void accept() {
		okPressed();
	}

	@Override
	protected void okPressed() {
		Object row = ((IStructuredSelection) table.getSelection()).getFirstElement();
		if (row instanceof Code c) {
			chosen = c;
		} else if (row == NEW) {
			create(filter.getText());
			return; // closes when the store has made the code
		}
		super.okPressed();
	}

	/**
	 * Makes the typed code in the background; the picker waits, its controls disabled, and closes
	 * with the new code chosen, or shows the store's refusal and lets the researcher type again.
	 */
	private void create(String typed) {
		String[] where = choices.placement(typed);
		CodeSystemOperation op = new CodeSystemOperation(NLS.bind(Messages.Operation_newCode, where[1]), projectRoot,
				java.util.Set.of(), s -> s.createCode(where[0], where[1], null, null, null));
		Control area = getDialogArea();
		area.setEnabled(false);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		StoreOperation.run(op, status -> {
			if (getShell() == null || getShell().isDisposed()) {
				return; // closed meanwhile (the new code stays, undoable)
			}
			area.setEnabled(true);
			getButton(IDialogConstants.OK_ID).setEnabled(true);
			if (status.isOK()) {
				chosen = (Code) op.result();
				super.okPressed();
			} else {
				MessageDialog.openError(getShell(), Messages.Picker_title, status.getMessage());
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Picker_apply, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** @return the code chosen or made, after OK */
	public Code chosen() {
		return chosen;
	}
}
