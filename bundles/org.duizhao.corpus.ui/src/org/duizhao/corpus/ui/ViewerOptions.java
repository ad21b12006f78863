package org.duizhao.corpus.ui;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.State;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.RegistryToggleState;

/** The viewer toggles (Document menu): show normalization marks, hide pinyin glosses. */
public final class ViewerOptions {

	/** Command: show what normalization finds (boilerplate, damage, folds). */
	public static final String SHOW_MARKS = "org.duizhao.corpus.ui.showMarks"; //$NON-NLS-1$
	/** Command: hide pinyin glosses such as (jiān) after characters. */
	public static final String HIDE_GLOSSES = "org.duizhao.corpus.ui.hideGlosses"; //$NON-NLS-1$

	private ViewerOptions() {
	}

	/** @return whether the toggle command {@code id} is on */
	public static boolean isOn(String id) {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands == null ? null : commands.getCommand(id);
		State state = command == null ? null : command.getState(RegistryToggleState.STATE_ID);
		return state != null && Boolean.TRUE.equals(state.getValue());
	}
}
