package org.duizhao.corpus.ui.internal;

import org.duizhao.corpus.ui.internal.jobs.ProjectWatcher;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The corpus UI bundle: holds the open projects and the bundle's images. */
public class CorpusUiPlugin extends AbstractUIPlugin {

	/** The bundle's symbolic name. */
	public static final String ID = "org.duizhao.corpus.ui"; //$NON-NLS-1$

	/** Image keys. */
	public static final String IMG_DOCUMENT = "icons/document.png"; //$NON-NLS-1$
	public static final String IMG_FOLDER = "icons/folder.png"; //$NON-NLS-1$
	public static final String IMG_PROJECT = "icons/project.png"; //$NON-NLS-1$

	private static CorpusUiPlugin plugin;

	private ProjectManager projects;
	private ProjectWatcher watcher;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
		projects = new ProjectManager(getStateLocation().toPath().resolve("projects.json")); //$NON-NLS-1$
		watcher = new ProjectWatcher(projects);
		watcher.schedule(ProjectWatcher.INTERVAL_MILLIS);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		watcher.stop();
		plugin = null;
		super.stop(context);
	}

	/** @return the running instance */
	public static CorpusUiPlugin getDefault() {
		return plugin;
	}

	/** @return the job that notices changes other programs make to the open projects */
	public ProjectWatcher watcher() {
		return watcher;
	}

	/** @return the open projects */
	public ProjectManager projects() {
		return projects;
	}

	@Override
	protected void initializeImageRegistry(ImageRegistry registry) {
		for (String key : new String[] { IMG_DOCUMENT, IMG_FOLDER, IMG_PROJECT }) {
			registry.put(key, ImageDescriptor.createFromURL(getBundle().getEntry(key)));
		}
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
