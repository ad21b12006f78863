package org.duizhao.cli.internal;

import java.io.IOException;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.corpus.core.Project;

/** How the CLI opens a project's annotation store and names the coder by default. */
final class StoreAccess {

	private StoreAccess() {
	}

	/** @return the project's annotation store */
	static AnnotationStore open(Project project) throws IOException {
		throw new IOException(Messages.Annotations_noStore);
	}

	/** @return the system user name, the coder when none is given */
	static String defaultCoder() {
		String user = System.getProperty("user.name"); //$NON-NLS-1$
		return user == null || user.isBlank() ? "coder" : user; //$NON-NLS-1$
	}
}
