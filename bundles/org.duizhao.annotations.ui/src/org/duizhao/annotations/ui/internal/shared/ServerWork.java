package org.duizhao.annotations.ui.internal.shared;

import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.eclipse.osgi.util.NLS;

/** Reaches the server store of an open shared project (members, conflicts). */
final class ServerWork {

	private ServerWork() {
	}

	/** @return the project's working-copy store */
	static OutboxStore outbox(Path root) throws StoreException {
		AnnotationStore store = AnnotationsUiPlugin.getDefault().stores().store(root);
		if (store instanceof OutboxStore o) {
			return o;
		}
		throw new StoreException(NLS.bind(Messages.Members_notShared, root));
	}

	/**
	 * @return the project's server store, connected now (the outbox pushed first)
	 * @throws org.duizhao.annotations.core.StoreUnavailableException while the server is away
	 */
	static PostgresAnnotationStore server(Path root) throws StoreException {
		AnnotationStore s = outbox(root).connected();
		if (s instanceof PostgresAnnotationStore pg) {
			return pg;
		}
		throw new StoreException(NLS.bind(Messages.Members_notShared, root));
	}
}
