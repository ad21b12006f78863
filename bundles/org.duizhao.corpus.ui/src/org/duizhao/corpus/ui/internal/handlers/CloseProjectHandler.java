package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.explorer.ProjectNode;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Closes the selected project; its folder stays on disk and can be opened again. */
public class CloseProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof ProjectNode p) {
			CorpusUiPlugin.getDefault().projects().close(p.project());
		}
		return null;
	}
}
