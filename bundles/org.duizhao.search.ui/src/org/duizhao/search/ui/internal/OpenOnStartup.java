package org.duizhao.search.ui.internal;

import java.nio.file.Path;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * Shows a search when the workbench starts, if the system property {@code duizhao.search} asks for
 * one (demonstrations, screenshots, manual tests; set it through {@code DUIZHAO_VMARGS}):
 * {@code PROJECT_DIR;QUERY} opens the Search view maximized on that project and runs the query; a
 * trailing {@code ;grouped} groups the lines by document.
 */
public class OpenOnStartup implements IStartup {

	/** The system property read. */
	public static final String PROPERTY = "duizhao.search"; //$NON-NLS-1$

	@Override
	public void earlyStartup() {
		String spec = System.getProperty(PROPERTY);
		if (spec == null || spec.split(";").length < 2) { //$NON-NLS-1$
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> open(workbench, spec.split(";"))); //$NON-NLS-1$
	}

	private static void open(IWorkbench workbench, String[] spec) {
		try {
			Project project = CorpusUiPlugin.getDefault().projects().open(Path.of(spec[0]));
			IWorkbenchPage page = workbench.getWorkbenchWindows()[0].getActivePage();
			SearchView view = (SearchView) page.showView(SearchView.ID);
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
			view.search(project, spec[1], spec.length > 2 && "grouped".equals(spec[2])); //$NON-NLS-1$
		} catch (Exception e) {
			SearchUiPlugin.getDefault().getLog().log(SearchUiPlugin.error("Could not show the search " + String.join(";", spec), e)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
