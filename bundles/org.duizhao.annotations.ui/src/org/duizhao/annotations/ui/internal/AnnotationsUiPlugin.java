package org.duizhao.annotations.ui.internal;

import org.duizhao.annotations.ui.internal.anchor.ReanchorWatcher;
import org.duizhao.annotations.ui.internal.coding.StoreOperation;
import org.duizhao.annotations.ui.internal.shared.ConnectionMonitor;
import org.duizhao.annotations.ui.internal.shared.LocalConflicts;
import org.duizhao.annotations.ui.internal.shared.PasswordVault;
import org.duizhao.annotations.ui.internal.store.StoreRegistry;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.ProjectManager;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The annotations UI bundle: holds the stores of the open projects and the preferences. */
public class AnnotationsUiPlugin extends AbstractUIPlugin {

	/** The bundle's symbolic name. */
	public static final String ID = "org.duizhao.annotations.ui"; //$NON-NLS-1$

	private static AnnotationsUiPlugin plugin;

	private StoreRegistry stores;
	private ProjectManager.Listener projectListener;
	private ReanchorWatcher reanchoring;
	private volatile PasswordVault vault = new PasswordVault(PasswordVault.defaultFolder());
	private final LocalConflicts conflicts = new LocalConflicts();
	private ConnectionMonitor connections;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
		ProjectManager projects = CorpusUiPlugin.getDefault().projects();
		stores = new StoreRegistry(folder -> projects.all().stream()
				.anyMatch(p -> StoreRegistry.key(p.folder()).equals(folder)));
		reanchoring = new ReanchorWatcher(stores);
		connections = new ConnectionMonitor(stores, projects::all, conflicts);
		projectListener = project -> {
			if (project == null) {
				stores.retain(projects.all());
				connections.checkSoon();
			} else {
				reanchoring.projectChanged(project);
			}
		};
		projects.addListener(projectListener);
		connections.start();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		CorpusUiPlugin corpus = CorpusUiPlugin.getDefault();
		if (corpus != null) {
			corpus.projects().removeListener(projectListener);
		}
		connections.stop();
		reanchoring.dispose();
		awaitStoreCalls();
		stores.closeAll();
		plugin = null;
		super.stop(context);
	}

	/** Lets edits still on their way reach the store (for at most 10 s) before the stores close. */
	private static void awaitStoreCalls() throws InterruptedException {
		long end = System.nanoTime() + 10_000_000_000L;
		while (Job.getJobManager().find(StoreOperation.FAMILY).length > 0 && System.nanoTime() < end) {
			Thread.sleep(50);
		}
	}

	/** @return the running instance */
	public static AnnotationsUiPlugin getDefault() {
		return plugin;
	}

	/** @return the stores of the open projects */
	public StoreRegistry stores() {
		return stores;
	}

	/** @return what carries annotations over to new text versions */
	public ReanchorWatcher reanchoring() {
		return reanchoring;
	}

	/** @return where the workbench keeps server passwords (Eclipse secure storage) */
	public PasswordVault vault() {
		return vault;
	}

	/** Replaces the password storage (tests keep theirs in a temporary folder). */
	public void setVault(PasswordVault value) {
		vault = value;
	}

	/** @return the live edits the server refused, until resolved */
	public LocalConflicts conflicts() {
		return conflicts;
	}

	/** @return the connection state of the open shared projects */
	public ConnectionMonitor connections() {
		return connections;
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
