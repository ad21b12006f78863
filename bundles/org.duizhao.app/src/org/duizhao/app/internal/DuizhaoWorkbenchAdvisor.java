package org.duizhao.app.internal;

import java.util.Arrays;

import org.duizhao.corpus.ui.Startup;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the "Compare & Annotate" perspective and remembers the layout between sessions. */
public class DuizhaoWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		Startup.openProjects(getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell(),
				Arrays.asList(Platform.getApplicationArgs()));
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
