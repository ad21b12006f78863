package org.duizhao.search.ui.internal;

import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.ProjectManager;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * The search UI bundle: keeps the search index of each open project and brings it up to date in a
 * quiet background job whenever the workbench changes a project (an import, a new version, a
 * metadata edit).
 */
public class SearchUiPlugin extends AbstractUIPlugin {

	/** The bundle's symbolic name. */
	public static final String ID = "org.duizhao.search.ui"; //$NON-NLS-1$

	private static SearchUiPlugin plugin;

	private Indexes indexes;
	private ProjectManager.Listener projectListener;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
		ProjectManager projects = CorpusUiPlugin.getDefault().projects();
		indexes = new Indexes();
		projectListener = project -> {
			if (project == null) {
				indexes.retain(projects.all());
			} else {
				indexes.scheduleUpdate(project);
			}
		};
		projects.addListener(projectListener);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		CorpusUiPlugin corpus = CorpusUiPlugin.getDefault();
		if (corpus != null) {
			corpus.projects().removeListener(projectListener);
		}
		indexes.closeAll();
		plugin = null;
		super.stop(context);
	}

	/** @return the running instance */
	public static SearchUiPlugin getDefault() {
		return plugin;
	}

	/** @return the indexes of the open projects */
	public Indexes indexes() {
		return indexes;
	}

	/** Logs a problem in the bundle's log. */
	public static void log(String message, Throwable e) {
		if (plugin != null) {
			plugin.getLog().log(Status.error(message, e));
		}
	}

	/** @return an error status of this bundle */
	public static IStatus error(String message, Throwable e) {
		return new Status(IStatus.ERROR, ID, message, e);
	}
}
