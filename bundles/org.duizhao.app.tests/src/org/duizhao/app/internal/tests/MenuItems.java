package org.duizhao.app.internal.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Reads a menu of the workbench window as the researcher sees it: the SWT items in their order,
 * after the menu has been told it is about to show (that is when the workbench fills and updates
 * it). Call on the UI thread.
 */
final class MenuItems {

	/** What a separator is listed as. */
	static final String SEPARATOR = "---"; //$NON-NLS-1$

	private MenuItems() {
	}

	/** @return the ids of the menu bar's menus, in their order */
	static List<String> menuBar(Shell shell) {
		List<String> ids = new ArrayList<>();
		for (MenuItem item : shell.getMenuBar().getItems()) {
			ids.add(id(item));
		}
		return ids;
	}

	/** @return the visible items of the menu {@code menuId} of the menu bar: contribution ids, separators */
	static List<String> ids(Shell shell, String menuId) {
		return read(menu(shell, menuId), false);
	}

	/** @return the texts of the menu's items (separators as {@link #SEPARATOR}) */
	static List<String> texts(Shell shell, String menuId) {
		return read(menu(shell, menuId), true);
	}

	/** @return the texts of the items of the submenu {@code submenuId} of the menu {@code menuId} */
	static List<String> submenuTexts(Shell shell, String menuId, String submenuId) {
		Menu menu = menu(shell, menuId);
		show(menu);
		for (MenuItem item : menu.getItems()) {
			if (submenuId.equals(id(item)) && item.getMenu() != null) {
				return read(item.getMenu(), true);
			}
		}
		throw new AssertionError("no submenu " + submenuId + " in " + menuId); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Menu menu(Shell shell, String menuId) {
		for (MenuItem item : shell.getMenuBar().getItems()) {
			if (menuId.equals(id(item)) && item.getMenu() != null) {
				return item.getMenu();
			}
		}
		throw new AssertionError("no menu " + menuId + " in the menu bar: " + menuBar(shell)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> read(Menu menu, boolean texts) {
		show(menu);
		List<String> items = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) != 0) {
				items.add(SEPARATOR);
			} else {
				items.add(texts ? item.getText() : id(item));
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		return items;
	}

	private static void show(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
	}

	/** The id of the item's contribution: a command contribution's id is its command's unless it names one. */
	private static String id(MenuItem item) {
		Object data = item.getData();
		if (data instanceof IMenuManager manager) {
			return manager.getId();
		}
		if (data instanceof IContributionItem contribution && contribution.getId() != null) {
			return contribution.getId();
		}
		return item.getText();
	}
}
