package org.duizhao.annotations.core;

import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.annotations.core.internal.Messages;
import org.duizhao.annotations.core.internal.sqlite.SqliteAnnotationStore;
import org.eclipse.osgi.util.NLS;

/**
 * Opens a project's annotation store. The one place that chooses the backend: today the embedded
 * SQLite file {@value #FILE_NAME} in the project folder; a shared project will get its server
 * store here.
 */
public final class AnnotationStores {

	/** The database file in a project folder. */
	public static final String FILE_NAME = "annotations.db"; //$NON-NLS-1$

	private AnnotationStores() {
	}

	/**
	 * Opens (creating if needed) the annotation store of a project. Close it when done. While
	 * listeners are registered the store looks for other processes' changes twice a second.
	 *
	 * @param projectFolder the project folder, which must exist
	 * @throws StoreException if the folder does not exist or the database cannot be opened (not a
	 *             database, a newer schema, locked)
	 */
	public static AnnotationStore open(Path projectFolder) throws StoreException {
		if (!Files.isDirectory(projectFolder)) {
			throw new StoreException(NLS.bind(Messages.errorNoFolder, projectFolder));
		}
		return SqliteAnnotationStore.open(projectFolder.resolve(FILE_NAME), SqliteAnnotationStore.POLL_MS);
	}

	/** @return the coder name to use when the researcher has set none: the system user name */
	public static String defaultCoder() {
		String user = System.getProperty("user.name"); //$NON-NLS-1$
		return user == null || user.isBlank() ? "coder" : user; //$NON-NLS-1$
	}
}
