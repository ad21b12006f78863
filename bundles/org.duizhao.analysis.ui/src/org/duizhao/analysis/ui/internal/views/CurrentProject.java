package org.duizhao.analysis.ui.internal.views;

import java.util.List;

import org.duizhao.analysis.ui.internal.Messages;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.explorer.DocumentExplorerView;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.handlers.Selections;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.ViewPart;

/** The project the analysis views work on: the explorer's selection's, else the first open one. */
final class CurrentProject {

	private CurrentProject() {
	}

	/** @return the documents selected in the explorer of {@code window} (maybe none) */
	static List<DocumentNode> selectedDocuments(IWorkbenchWindow window) {
		return Selections.documents(window.getSelectionService().getSelection(DocumentExplorerView.ID));
	}

	/** @return the project of the explorer's selection, else the first open project, or {@code null} */
	static Project of(IWorkbenchWindow window) {
		List<DocumentNode> docs = selectedDocuments(window);
		if (!docs.isEmpty()) {
			return docs.get(0).project();
		}
		List<Project> open = CorpusUiPlugin.getDefault().projects().all();
		return open.isEmpty() ? null : open.get(0);
	}

	/**
	 * @return the project {@code view} works on (see {@link #of}), or {@code null} after telling the
	 *         user to open one
	 */
	static Project orTell(ViewPart view) {
		Project p = of(view.getSite().getWorkbenchWindow());
		if (p == null) {
			MessageDialog.openInformation(view.getSite().getShell(), view.getPartName(), Messages.Diffusion_noProject);
		}
		return p;
	}
}
