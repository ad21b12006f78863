package org.duizhao.annotations.ui.internal.store;

import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.StoreException;

/** Opens a project's embedded store ({@code annotations.db} in the project folder). */
final class DefaultOpener {

	private DefaultOpener() {
	}

	static AnnotationStore open(Path projectFolder) throws StoreException {
		return AnnotationStores.open(projectFolder);
	}
}
