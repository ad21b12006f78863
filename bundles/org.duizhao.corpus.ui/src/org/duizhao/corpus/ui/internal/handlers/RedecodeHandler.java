package org.duizhao.corpus.ui.internal.handlers;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.duizhao.corpus.core.DocumentVersion;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.jobs.ProjectRule;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Decodes a document's original bytes again with an encoding the user names; the result is a new
 * version and the old one stays.
 */
public class RedecodeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<DocumentNode> docs = Selections.documents(HandlerUtil.getCurrentSelection(event));
		if (docs.size() != 1) {
			return null;
		}
		DocumentNode node = docs.get(0);
		DocumentVersion current = node.document().current();
		Shell shell = HandlerUtil.getActiveShell(event);
		byte[] original = readOriginal(shell, node, current);
		if (original == null) {
			return null;
		}
		RedecodeDialog dialog = new RedecodeDialog(shell,
				NLS.bind(Messages.Redecode_message, new Object[] { node.document().displayName(), current.encoding(),
						current.confidence() }),
				original, current.encoding());
		if (dialog.open() != Window.OK) {
			return null;
		}
		String charset = dialog.encoding();
		Job job = Job.create(NLS.bind(Messages.Redecode_jobName, node.document().displayName()), monitor -> {
			try {
				node.project().redecode(node.document().id(), charset);
				CorpusUiPlugin.getDefault().projects().fire(node.project());
				return Status.OK_STATUS;
			} catch (Exception e) {
				return CorpusUiPlugin.error(NLS.bind(Messages.Redecode_failed, e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.setRule(new ProjectRule(node.project().folder()));
		job.schedule();
		return null;
	}

	/** @return the original bytes, read off the UI thread with a busy cursor; {@code null} after a failure */
	private static byte[] readOriginal(Shell shell, DocumentNode node, DocumentVersion version) {
		byte[][] original = new byte[1][];
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				try {
					original[0] = node.project().readOriginal(node.document(), version);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			});
			return original[0];
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.Redecode_title,
					NLS.bind(Messages.Redecode_failed, e.getCause().getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return null;
	}
}
