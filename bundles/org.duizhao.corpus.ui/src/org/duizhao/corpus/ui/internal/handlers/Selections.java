package org.duizhao.corpus.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.explorer.GroupNode;
import org.duizhao.corpus.ui.internal.explorer.ProjectNode;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;

/** What the handlers act on: the documents or the project of the current selection. */
public final class Selections {

	private Selections() {
	}

	/** @return the documents in {@code selection}, in order */
	public static List<DocumentNode> documents(ISelection selection) {
		List<DocumentNode> result = new ArrayList<>();
		if (selection instanceof IStructuredSelection s) {
			for (Object o : s.toList()) {
				if (o instanceof DocumentNode d) {
					result.add(d);
				}
			}
		}
		return result;
	}

	/**
	 * The project to act on: the selected one, else the only open one, else the one the user picks.
	 *
	 * @return the project, or {@code null} when there is none or the user cancelled
	 */
	public static Project project(ISelection selection, Shell shell) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() != null) {
			Object o = s.getFirstElement();
			if (o instanceof ProjectNode p) {
				return p.project();
			}
			if (o instanceof GroupNode g) {
				return g.project().project();
			}
			if (o instanceof DocumentNode d) {
				return d.project();
			}
		}
		List<Project> all = CorpusUiPlugin.getDefault().projects().all();
		if (all.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Import_noProjectTitle, Messages.Import_noProject);
			return null;
		}
		if (all.size() == 1) {
			return all.get(0);
		}
		ListDialog dialog = new ListDialog(shell);
		dialog.setTitle(Messages.Project_openTitle);
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(LabelProvider.createTextProvider(p -> ((Project) p).name()));
		dialog.setInput(all);
		dialog.setInitialSelections(all.get(0));
		if (dialog.open() != ListDialog.OK || dialog.getResult().length == 0) {
			return null;
		}
		return (Project) dialog.getResult()[0];
	}
}
