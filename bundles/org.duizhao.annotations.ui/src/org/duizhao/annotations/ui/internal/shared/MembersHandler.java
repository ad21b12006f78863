package org.duizhao.annotations.ui.internal.shared;

import java.util.List;

import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.explorer.ProjectNode;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Project &gt; Members…: the members of a shared project and their roles. Enabled only for the
 * project's owners: the server refuses others anyway, the menu should not offer what will fail.
 */
public final class MembersHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Project project = project(HandlerUtil.getCurrentSelection(event));
		if (project != null && canManage(project)) {
			new MembersDialog(HandlerUtil.getActiveShell(event), project).open();
		}
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		ISelection selection = null;
		if (evaluationContext instanceof IEvaluationContext c
				&& c.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) instanceof ISelection s) {
			selection = s;
		}
		Project project = project(selection);
		setBaseEnabled(project != null && canManage(project));
	}

	/** @return whether the workbench's login owns the shared project {@code project} */
	public static boolean canManage(Project project) {
		return AnnotationsUiPlugin.getDefault().connections().state(project.folder())
				.map(ConnectionState::isOwner).orElse(false);
	}

	/** @return the selected project, else the only open shared project, else {@code null} */
	static Project project(ISelection selection) {
		if (selection instanceof IStructuredSelection s) {
			Object o = s.getFirstElement();
			if (o instanceof ProjectNode p) {
				return p.project();
			}
			if (o instanceof DocumentNode d) {
				return d.project();
			}
		}
		List<Project> shared = CorpusUiPlugin.getDefault().projects().all().stream()
				.filter(p -> AnnotationsUiPlugin.getDefault().connections().state(p.folder()).isPresent()).toList();
		return shared.size() == 1 ? shared.get(0) : null;
	}
}
