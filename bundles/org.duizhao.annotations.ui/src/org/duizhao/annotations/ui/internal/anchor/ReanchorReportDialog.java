package org.duizhao.annotations.ui.internal.anchor;

import java.util.Map;

import org.duizhao.annotations.core.anchor.ReanchorCounts;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.views.UnanchoredView;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Tells the researcher how a document's annotations were carried over to its new version and,
 * when some could not be placed, opens the Unanchored Annotations view where they wait.
 */
public final class ReanchorReportDialog {

	private ReanchorReportDialog() {
	}

	/** Shows {@code report} on the UI thread, from any thread. */
	static void openLater(ReanchorWatcher.Report report) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> open(report));
	}

	private static void open(ReanchorWatcher.Report report) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			return;
		}
		String text = message(report);
		if (report.total().unanchored() > 0) {
			try {
				window.getActivePage().showView(UnanchoredView.ID);
			} catch (PartInitException e) {
				AnnotationsUiPlugin.log(e.getMessage(), e);
			}
			MessageDialog.openWarning(window.getShell(), Messages.Reanchor_title, text);
		} else {
			MessageDialog.openInformation(window.getShell(), Messages.Reanchor_title, text);
		}
	}

	/** @return one line per document with its counts, and a hint where unanchored ones are */
	public static String message(ReanchorWatcher.Report report) {
		StringBuilder sb = new StringBuilder(NLS.bind(Messages.Reanchor_intro, report.project().name()));
		for (Map.Entry<String, ReanchorCounts> e : report.documents().entrySet()) {
			ReanchorCounts c = e.getValue();
			sb.append('\n').append(NLS.bind(Messages.Reanchor_counts,
					new Object[] { e.getKey(), c.exact(), c.quote(), c.fuzzy(), c.unanchored() }));
		}
		if (report.total().unanchored() > 0) {
			sb.append("\n\n").append(Messages.Reanchor_unanchoredHint); //$NON-NLS-1$
		}
		return sb.toString();
	}
}
