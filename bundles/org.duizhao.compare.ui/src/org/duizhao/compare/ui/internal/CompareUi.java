package org.duizhao.compare.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The bundle's id, log and statuses. */
public final class CompareUi {

	/** The bundle's symbolic name. */
	public static final String ID = "org.duizhao.compare.ui"; //$NON-NLS-1$

	private CompareUi() {
	}

	/** Logs a problem in the bundle's log. */
	public static void log(String message, Throwable e) {
		ILog.of(CompareUi.class).log(Status.error(message, e));
	}

	/** @return an error status of this bundle */
	public static IStatus error(String message, Throwable e) {
		return new Status(IStatus.ERROR, ID, message, e);
	}
}
