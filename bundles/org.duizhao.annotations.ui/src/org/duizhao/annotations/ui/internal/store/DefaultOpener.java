package org.duizhao.annotations.ui.internal.store;

import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;

/**
 * Opens a project's store: the embedded {@code annotations.db}, or for a shared project its server,
 * with the password from the workbench's secure storage (else {@code DUIZHAO_PGPASSWORD} or
 * {@code ~/.pgpass}, as on the command line).
 */
final class DefaultOpener {

	private DefaultOpener() {
	}

	static AnnotationStore open(Path projectFolder) throws StoreException {
		return AnnotationStores.open(projectFolder, address -> AnnotationsUiPlugin.getDefault().vault().lookup(address));
	}
}
