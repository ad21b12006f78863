package org.duizhao.annotations.ui.internal.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.ui.internal.handlers.ActivePane;
import org.duizhao.annotations.ui.internal.handlers.CommandIds;
import org.duizhao.corpus.ui.DocumentPane;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** The "Code With" submenu: one item per code of the active pane's project, with its shortcut. */
final class CodesMenu extends CompoundContributionItem {

	private static final int MAX = 40;

	@Override
	protected IContributionItem[] getContributionItems() {
		DocumentPane pane = ActivePane.find(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).orElse(null);
		AnnotationOverlay overlay = pane == null ? null : AnnotationOverlay.of(pane.textWidget());
		if (overlay == null) {
			return new IContributionItem[0];
		}
		CodeTree tree = overlay.codes();
		List<IContributionItem> items = new ArrayList<>();
		List<Code> todo = new ArrayList<>(tree.roots());
		while (!todo.isEmpty() && items.size() < MAX) {
			Code c = todo.remove(0);
			items.add(item(tree, c));
			todo.addAll(0, tree.children(c.id()));
		}
		return items.toArray(new IContributionItem[0]);
	}

	private static IContributionItem item(CodeTree tree, Code c) {
		CommandContributionItemParameter p = new CommandContributionItemParameter(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow(), null, CommandIds.APPLY_CODE,
				CommandContributionItem.STYLE_PUSH);
		p.parameters = Map.of(CommandIds.CODE_PARAMETER, c.id());
		String label = tree.path(c.id());
		p.label = c.shortcut() == null || c.shortcut().isBlank() ? label : label + "\t" + c.shortcut(); //$NON-NLS-1$
		return new CommandContributionItem(p);
	}
}
