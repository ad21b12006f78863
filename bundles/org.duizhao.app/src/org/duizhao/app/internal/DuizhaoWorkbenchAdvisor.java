package org.duizhao.app.internal;

import java.util.Arrays;

import org.duizhao.corpus.ui.Startup;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the "Compare & Annotate" perspective and remembers the layout between sessions. */
public class DuizhaoWorkbenchAdvisor extends WorkbenchAdvisor {

	/** The system property that names views to show at start. */
	static final String VIEWS = "duizhao.views"; //$NON-NLS-1$

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		Startup.openProjects(window.getShell(), Arrays.asList(Platform.getApplicationArgs()));
		showViews(window.getActivePage(), System.getProperty(VIEWS));
	}

	/**
	 * Shows the views named by the system property {@code duizhao.views} (ids, comma-separated; the
	 * last one is in front), for demonstrations, screenshots and manual tests through
	 * {@code DUIZHAO_VMARGS}. A view that cannot be shown is logged and the others still open.
	 */
	static void showViews(IWorkbenchPage page, String ids) {
		if (ids == null || page == null) {
			return;
		}
		for (String id : ids.split(",")) { //$NON-NLS-1$
			try {
				page.showView(id.strip());
			} catch (PartInitException e) {
				ILog.of(DuizhaoWorkbenchAdvisor.class).error("Could not show the view " + id, e); //$NON-NLS-1$
			}
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ComparePerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new DuizhaoWindowAdvisor(configurer);
	}
}
