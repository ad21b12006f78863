package org.duizhao.report.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The report UI bundle: the report wizard's settings and the bundle's log. */
public class ReportUiPlugin extends AbstractUIPlugin {

	/** The bundle's symbolic name. */
	public static final String ID = "org.duizhao.report.ui"; //$NON-NLS-1$

	private static ReportUiPlugin plugin;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		plugin = null;
		super.stop(context);
	}

	/** @return the running instance */
	public static ReportUiPlugin getDefault() {
		return plugin;
	}

	/** @return an error status of this bundle */
	public static IStatus error(String message, Throwable e) {
		return new Status(IStatus.ERROR, ID, message, e);
	}

	/** Logs an error through the bundle's log. */
	public static void log(String message, Throwable e) {
		ReportUiPlugin p = plugin;
		if (p != null) {
			p.getLog().log(error(message, e));
		}
	}
}
