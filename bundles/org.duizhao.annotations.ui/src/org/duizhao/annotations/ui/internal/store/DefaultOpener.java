package org.duizhao.annotations.ui.internal.store;

import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.Messages;

/** Opens a project's embedded store ({@code annotations.db} in the project folder). */
final class DefaultOpener {

	private DefaultOpener() {
	}

	static AnnotationStore open(Path projectFolder) throws StoreException {
		throw new StoreException(Messages.Store_unavailable);
	}
}
