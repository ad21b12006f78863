package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.ui.internal.explorer.DocumentExplorerView;
import org.duizhao.corpus.ui.internal.explorer.Grouping;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.RadioState;

/** Groups the explorer's documents by folder, region, year or script. */
public class GroupByHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.matchesRadioState(event)) {
			return null;
		}
		String state = event.getParameter(RadioState.PARAMETER_ID);
		HandlerUtil.updateRadioState(event.getCommand(), state);
		IViewPart view = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage()
				.findView(DocumentExplorerView.ID);
		if (view instanceof DocumentExplorerView explorer) {
			explorer.setGrouping(Grouping.of(state));
		}
		return null;
	}
}
