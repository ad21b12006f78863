package org.duizhao.annotations.ui.internal.views;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.ResizableDialog;
import org.duizhao.annotations.ui.internal.coding.StoreCall;
import org.duizhao.annotations.ui.internal.shared.Refusals;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Edits a memo in a multi-line box: the memo of a coded passage, or a titled document or project memo. */
public final class MemoDialog extends ResizableDialog {

	private final String heading;
	private String value;
	private String title;
	private Text titleBox;
	private Text box;

	private MemoDialog(Shell parent, String heading, String value) {
		super(parent, Messages.Memo_title);
		this.heading = heading;
		this.value = value;
	}

	/**
	 * Asks for a document or project memo's title and text.
	 *
	 * @return the title and the text, or {@code null} when cancelled
	 */
	public static String[] ask(Shell shell, String title, String text) {
		MemoDialog dialog = new MemoDialog(shell, null, text);
		dialog.title = title;
		return dialog.open() == OK ? new String[] { dialog.title, dialog.value } : null;
	}

	/** Asks for the memo of {@code a} and writes it; a conflicting change is reported. */
	public static void editPassageMemo(Shell shell, Path projectRoot, Annotation a) {
		String quote = a.quote().exact();
		String shortQuote = quote.length() > 40 ? quote.substring(0, 39) + '\u2026' : quote;
		MemoDialog dialog = new MemoDialog(shell, NLS.bind(Messages.Memo_passage, shortQuote), a.memo());
		if (dialog.open() != OK || dialog.value.equals(a.memo())) {
			return;
		}
		writePassageMemo(shell, projectRoot, a.withMemo(dialog.value));
	}

	/**
	 * Writes the memo of a passage in the project's store queue; a conflicting change is reported
	 * when the store answers.
	 *
	 * @return completes with the passage as stored (tests wait on it)
	 */
	public static CompletableFuture<Annotation> writePassageMemo(Shell shell, Path projectRoot, Annotation mine) {
		return StoreCall.run(projectRoot, Messages.Memo_title, store -> store.updateAnnotation(mine), null,
				e -> Refusals.report(StoreCall.shell(shell), Messages.Memo_title, projectRoot, mine, e));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		if (heading != null) {
			new Label(area, SWT.WRAP).setText(heading);
		} else {
			new Label(area, SWT.NONE).setText(Messages.Memos_titleColumn);
			titleBox = new Text(area, SWT.BORDER);
			titleBox.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			titleBox.setText(title);
		}
		box = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		grow(box, 420, 160);
		box.setText(value);
		return area;
	}

	@Override
	protected void okPressed() {
		value = box.getText();
		if (titleBox != null) {
			title = titleBox.getText().strip();
		}
		super.okPressed();
	}
}
