package org.duizhao.app.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Sizes the main window and shows its status line and progress indicator. */
public class DuizhaoWindowAdvisor extends WorkbenchWindowAdvisor {

	private static final int WIDTH = 1280;
	private static final int HEIGHT = 820;

	DuizhaoWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new DuizhaoActionBarAdvisor(configurer);
	}

	/**
	 * 1280×820, or the screen's work area when that is smaller: a window larger than a 1024×768
	 * screen hides its own right and bottom edges, the compare editor's tool bar among them.
	 */
	static Point initialSize(Display display) {
		Rectangle screen = display.getPrimaryMonitor().getClientArea();
		return new Point(Math.min(WIDTH, screen.width), Math.min(HEIGHT, screen.height));
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
}
