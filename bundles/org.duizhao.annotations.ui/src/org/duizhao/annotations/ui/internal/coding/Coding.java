package org.duizhao.annotations.ui.internal.coding;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.prefs.Coder;
import org.duizhao.corpus.ui.DocumentPane;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Codes what is selected in a pane, telling the researcher when that cannot be done. */
public final class Coding {

	private Coding() {
	}

	/**
	 * Gives {@code code} to the passage selected in {@code pane}, as an undoable operation; the
	 * store is called in the background and a refusal is shown when it answers.
	 *
	 * @return completes on the UI thread with the operation's status (CANCEL when nothing was
	 *         selected or the passage had the code)
	 */
	public static CompletableFuture<IStatus> apply(Shell shell, DocumentPane pane, Code code) {
		Optional<CodingTarget> target = CodingTarget.of(pane);
		if (target.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Coding_title, Messages.Coding_selectFirst);
			return CompletableFuture.completedFuture(org.eclipse.core.runtime.Status.CANCEL_STATUS);
		}
		CodeOperation op = new CodeOperation(target.get(), code.id(), code.name(), Coder.name(target.get().projectRoot()));
		return StoreOperation.run(op, status -> {
			if (status.getSeverity() == IStatus.ERROR) {
				ErrorDialog.openError(live(shell), Messages.Coding_title, null, status);
			}
		});
	}

	/** @return {@code shell}, or no parent when it was closed while the store worked */
	static Shell live(Shell shell) {
		return shell == null || shell.isDisposed() ? null : shell;
	}
}
