package org.duizhao.corpus.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Flips a viewer toggle (show marks, hide glosses) and restyles every open document viewer. */
public class ViewerToggleHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		HandlerUtil.toggleCommandState(event.getCommand());
		ViewerRefresh.restyleAll(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
		return null;
	}
}
