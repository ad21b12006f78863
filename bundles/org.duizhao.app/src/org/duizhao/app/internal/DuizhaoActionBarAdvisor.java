package org.duizhao.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Builds the skeleton of the main menus: the top-level menus in their order and, in each, the named
 * groups that the bundles' {@code menuContribution}s point at ({@code menu:file?after=import}).
 * The groups must exist before any contribution is placed: a contribution whose anchor is missing
 * lands at the top of its menu, and when the menus themselves were declared in one bundle's
 * plugin.xml that depended on which bundle the registry read first. Everything else stays
 * declarative; the only item made here is the workbench's Show View list, which has no command.
 *
 * <p>A group named {@code g} starts with a separator (or marker) {@code g}; where several bundles
 * contribute to it, it ends with a marker {@code g.ext}. The bundle that owns a group adds its items
 * {@code after=g} (they come first), the others {@code before=g.ext} (they follow, in any order).
 */
public class DuizhaoActionBarAdvisor extends ActionBarAdvisor {

	/** Menu ids (also the first segment of {@code menu:} location URIs). */
	public static final String FILE = IWorkbenchActionConstants.M_FILE, EDIT = IWorkbenchActionConstants.M_EDIT,
			PROJECT = IWorkbenchActionConstants.M_PROJECT, DOCUMENT = "document", //$NON-NLS-1$
			WINDOW = IWorkbenchActionConstants.M_WINDOW;
	/** File: new and open project; import; export; exit. */
	public static final String NEW = "new", IMPORT = "import", EXPORT = "export", QUIT = "quit"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Edit: undo and redo; the clipboard; find. */
	public static final String UNDO = "undo", CLIPBOARD = "clipboard", FIND = "find"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Project and Document: what the corpus bundle shows first; Document's view and table groups. */
	public static final String START = "start", VIEW = "view", TABLES = "tables"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Window: the Show View list, Duizhao's views, the perspective, preferences (always last). */
	public static final String SHOW_VIEW = "showView", VIEWS = "views", PERSPECTIVE = "perspective", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			PREFERENCES = "preferences"; //$NON-NLS-1$
	/** Where contributions to anywhere else in a menu go. */
	public static final String ADDITIONS = IWorkbenchActionConstants.MB_ADDITIONS;

	private static final String EXT = ".ext"; //$NON-NLS-1$

	private IContributionItem showViews;

	/**
	 * @param configurer the window's action bars
	 */
	public DuizhaoActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		showViews = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(menu(Messages.Menu_project, PROJECT, new GroupMarker(START), new Separator(ADDITIONS)));
		menuBar.add(menu(Messages.Menu_document, DOCUMENT, new GroupMarker(START), new Separator(VIEW),
				new Separator(TABLES), new Separator(ADDITIONS)));
		menuBar.add(new GroupMarker(ADDITIONS));
		menuBar.add(windowMenu());
	}

	private static MenuManager fileMenu() {
		return menu(Messages.Menu_file, FILE, new GroupMarker(NEW), new Separator(IMPORT), new GroupMarker(IMPORT + EXT),
				new Separator(EXPORT), new GroupMarker(EXPORT + EXT), new Separator(ADDITIONS), new Separator(QUIT));
	}

	private static MenuManager editMenu() {
		return menu(Messages.Menu_edit, EDIT, new GroupMarker(UNDO), new Separator(CLIPBOARD), new Separator(FIND),
				new Separator(ADDITIONS));
	}

	private MenuManager windowMenu() {
		MenuManager showView = new MenuManager(Messages.Menu_showView, SHOW_VIEW);
		showView.add(showViews);
		return menu(Messages.Menu_window, WINDOW, showView, new Separator(VIEWS), new GroupMarker(VIEWS + EXT),
				new Separator(PERSPECTIVE), new Separator(ADDITIONS), new Separator(PREFERENCES));
	}

	private static MenuManager menu(String label, String id, IContributionItem... groups) {
		MenuManager menu = new MenuManager(label, id);
		for (IContributionItem group : groups) {
			menu.add(group);
		}
		return menu;
	}
}
