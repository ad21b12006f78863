package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.ui.internal.explorer.DocumentExplorerView;
import org.duizhao.corpus.ui.internal.explorer.Grouping;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.RadioState;

/**
 * Groups the explorer's documents by folder, region, year or script: the radio items choose one,
 * the toolbar button goes on to the next. The choice is kept as the radio state of the
 * {@code groupBy} command, so it survives a restart.
 */
public class GroupByHandler extends AbstractHandler {

	/** The radio command. */
	public static final String GROUP_BY = "org.duizhao.corpus.ui.groupBy"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Command radio = HandlerUtil.getActiveWorkbenchWindow(event).getService(ICommandService.class)
				.getCommand(GROUP_BY);
		String state;
		if (GROUP_BY.equals(event.getCommand().getId())) {
			if (HandlerUtil.matchesRadioState(event)) {
				return null;
			}
			state = event.getParameter(RadioState.PARAMETER_ID);
		} else {
			state = Grouping.of(current(radio)).next().name().toLowerCase(java.util.Locale.ROOT);
		}
		HandlerUtil.updateRadioState(radio, state);
		IViewPart view = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage()
				.findView(DocumentExplorerView.ID);
		if (view instanceof DocumentExplorerView explorer) {
			explorer.setGrouping(Grouping.of(state));
		}
		return null;
	}

	/** @return the radio state of {@code groupBy}, e.g. {@code "region"} */
	public static String current(Command radio) {
		org.eclipse.core.commands.State state = radio.getState(RadioState.STATE_ID);
		return state == null ? null : (String) state.getValue();
	}
}
