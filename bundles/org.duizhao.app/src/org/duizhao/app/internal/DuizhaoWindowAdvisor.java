package org.duizhao.app.internal;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Sizes the main window and shows its status line and progress indicator. */
public class DuizhaoWindowAdvisor extends WorkbenchWindowAdvisor {

	private static final String NODE = "org.duizhao.app"; //$NON-NLS-1$
	/** Set once the window has been placed on a first start; later starts restore its bounds. */
	static final String PLACED = "windowPlaced"; //$NON-NLS-1$

	DuizhaoWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new DuizhaoActionBarAdvisor(configurer);
	}

	/**
	 * The screen's work area: two texts side by side and the views around them need every pixel,
	 * and a window larger than a 1024×768 screen would hide its own right and bottom edges, the
	 * compare editor's tool bar among them.
	 */
	static Point initialSize(Display display) {
		Rectangle screen = display.getPrimaryMonitor().getClientArea();
		return new Point(screen.width, screen.height);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(initialSize(Display.getCurrent()));
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowCoolBar(true);
		configurer.setTitle(Messages.Window_title);
	}

	/**
	 * On the first start the window fills the work area and is maximized (a window manager shows it
	 * so; without one the bounds alone fill the screen); afterwards the workbench restores whatever
	 * size and state the researcher left it in.
	 */
	@Override
	public void postWindowOpen() {
		ScopedPreferenceStore prefs = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
		if (prefs.getBoolean(PLACED)) {
			return;
		}
		Shell shell = getWindowConfigurer().getWindow().getShell();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		shell.setMaximized(true);
		prefs.setValue(PLACED, true);
		try {
			prefs.save();
		} catch (IOException e) {
			ILog.of(DuizhaoWindowAdvisor.class).error("Could not remember that the window was placed", e); //$NON-NLS-1$
		}
	}
}
