package org.duizhao.analysis.ui.internal.views;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.duizhao.analysis.core.corpus.KeynessTarget;
import org.duizhao.analysis.core.corpus.ProjectKeyness;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;

/**
 * Shows a chart when the workbench starts, if a system property asks for one (demonstrations,
 * screenshots, manual tests; set it through {@code DUIZHAO_VMARGS}):
 * {@code duizhao.diffusion=PROJECT_DIR;PHRASE,PHRASE…} opens the Phrase Diffusion view maximized on
 * those phrases, {@code duizhao.reuse=PROJECT_DIR;THRESHOLD} the Corpus Reuse view.
 */
public class OpenOnStartup implements IStartup {

	@Override
	public void earlyStartup() {
		String diffusion = System.getProperty("duizhao.diffusion"); //$NON-NLS-1$
		String reuse = System.getProperty("duizhao.reuse"); //$NON-NLS-1$
		String keyness = System.getProperty("duizhao.keyness"); //$NON-NLS-1$
		IWorkbench workbench = PlatformUI.getWorkbench();
		if (keyness != null) {
			workbench.getDisplay().asyncExec(() -> openKeyness(workbench, keyness));
			return;
		}
		if (diffusion == null && reuse == null) {
			return;
		}
		workbench.getDisplay().asyncExec(() -> open(workbench, diffusion, reuse));
	}

	private static void open(IWorkbench workbench, String diffusion, String reuse) {
		String spec = diffusion != null ? diffusion : reuse;
		try {
			String[] parts = spec.split(";", 2); //$NON-NLS-1$
			Project project = CorpusUiPlugin.getDefault().projects().open(Path.of(parts[0]));
			IWorkbenchPage page = workbench.getWorkbenchWindows()[0].getActivePage();
			IWorkbenchPart part;
			if (diffusion != null) {
				DiffusionView view = (DiffusionView) page.showView(DiffusionView.ID);
				List<String> phrases = parts.length > 1 ? Arrays.asList(parts[1].split(",")) : List.of(); //$NON-NLS-1$
				view.show(project, phrases);
				part = view;
			} else {
				ReuseView view = (ReuseView) page.showView(ReuseView.ID);
				view.run(project, parts.length > 1 ? Double.parseDouble(parts[1]) : 0.2);
				part = view;
			}
			page.setPartState(page.getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
		} catch (Exception e) {
			ILog.of(OpenOnStartup.class).log(Status.error("Could not show the chart for " + spec, e)); //$NON-NLS-1$
		}
	}

	private static void openKeyness(IWorkbench workbench, String spec) {
		try {
			String[] parts = spec.split(";", 2); //$NON-NLS-1$
			Project project = CorpusUiPlugin.getDefault().projects().open(Path.of(parts[0]));
			IWorkbenchPage page = workbench.getWorkbenchWindows()[0].getActivePage();
			KeynessView view = (KeynessView) page.showView(KeynessView.ID);
			String[] target = (parts.length > 1 ? parts[1] : "region=").split("=", 2); //$NON-NLS-1$ //$NON-NLS-2$
			String value = target.length > 1 ? target[1] : ""; //$NON-NLS-1$
			view.run(project, target[0].equals("year") ? KeynessTarget.year(value) : KeynessTarget.region(value), //$NON-NLS-1$
					(int) ProjectKeyness.Options.defaults().minCount());
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		} catch (Exception e) {
			ILog.of(OpenOnStartup.class).log(Status.error("Could not show the distinctive vocabulary for " + spec, e)); //$NON-NLS-1$
		}
	}
}
