package org.duizhao.annotations.ui.internal.viewer;

import org.duizhao.annotations.ui.internal.handlers.CommandIds;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The context menu of a pane: code the selection (picker, or one of the codes), take a coding off,
 * edit its memo. Items are commands, so their key bindings show and their handlers decide when
 * they are enabled. Panes that already have a menu keep it.
 */
final class CodingMenu {

	private CodingMenu() {
	}

	static void attach(StyledText text) {
		if (text.getMenu() != null) {
			return;
		}
		MenuManager menu = new MenuManager();
		menu.add(item(CommandIds.CODE_SELECTION));
		MenuManager codeWith = new MenuManager(org.duizhao.annotations.ui.internal.Messages.Menu_codeWith);
		codeWith.add(new CodesMenu());
		menu.add(codeWith);
		menu.add(new Separator());
		menu.add(item(CommandIds.EDIT_MEMO));
		menu.add(item(CommandIds.REMOVE_CODING));
		menu.add(new GroupMarker("additions")); //$NON-NLS-1$
		text.setMenu(menu.createContextMenu(text));
		text.addDisposeListener(e -> menu.dispose());
	}

	private static CommandContributionItem item(String commandId) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		CommandContributionItemParameter p = new CommandContributionItemParameter(window, null, commandId,
				CommandContributionItem.STYLE_PUSH);
		return new CommandContributionItem(p);
	}
}
