package org.duizhao.cli.internal;

import java.io.IOException;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.corpus.core.Project;

/** How the CLI opens a project's annotation store and names the coder by default. */
final class StoreAccess {

	private StoreAccess() {
	}

	/** @return the project's annotation store (the SQLite file in the project folder) */
	static AnnotationStore open(Project project) throws IOException {
		return AnnotationStores.open(project.folder());
	}

	/** @return the system user name, the coder when none is given */
	static String defaultCoder() {
		return AnnotationStores.defaultCoder();
	}
}
