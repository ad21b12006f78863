package org.duizhao.corpus.core;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.duizhao.corpus.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** Another writer holds a project's lock; the message says who, when the lock file tells. */
public final class ProjectLockedException extends ProjectException {

	private static final long serialVersionUID = 1L;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss"); //$NON-NLS-1$

	/** The holder, or {@code null} when it did not say (a lock file being rewritten, Windows). */
	private final transient ProjectLock.Holder holder;

	ProjectLockedException(Path folder, ProjectLock.Holder holder) {
		super(NLS.bind(Messages.errorLocked, folder, describe(holder)));
		this.holder = holder;
	}

	/** @return who holds the lock, or {@code null} if unknown */
	public ProjectLock.Holder holder() {
		return holder;
	}

	/** @return e.g. "import, process 4711 on host lab-3, since 14:03:12" */
	static String describe(ProjectLock.Holder holder) {
		if (holder == null) {
			return Messages.lockHolderUnknown;
		}
		String since = holder.since() == null ? "?" : TIME.format(holder.since().atZone(ZoneId.systemDefault())); //$NON-NLS-1$
		return NLS.bind(Messages.lockHolder, new Object[] { holder.purpose(), holder.pid(), holder.host(), since });
	}
}
