package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Re-reads the open projects from disk (documents other programs added) and redraws the explorer. */
public class RefreshHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		CorpusUiPlugin.getDefault().watcher().lookNow();
		CorpusUiPlugin.getDefault().projects().fire(null);
		return null;
	}
}
