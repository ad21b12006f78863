package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Redraws the explorer from the open projects. */
public class RefreshHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		CorpusUiPlugin.getDefault().projects().fire(null);
		return null;
	}
}
