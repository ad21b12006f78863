package org.duizhao.annotations.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.duizhao.annotations.core.internal.Messages;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.core.internal.sqlite.SqliteAnnotationStore;
import org.duizhao.annotations.core.shared.Passwords;
import org.duizhao.annotations.core.shared.SharedPointer;
import org.eclipse.osgi.util.NLS;

/**
 * Opens a project's annotation store. The one place that chooses the backend: today the embedded
 * SQLite file {@value #FILE_NAME} in the project folder, or, for a shared project, its PostgreSQL
 * server.
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
		return open(projectFolder, null);
	}

	/**
	 * Opens a project's annotation store: for a shared project (or a working copy of one), whose
	 * {@code project.json} points at a server, the server store, with the password from
	 * {@code passwords} or else from {@code DUIZHAO_PGPASSWORD} / {@code ~/.pgpass}; else the
	 * embedded SQLite file.
	 *
	 * @param passwords gives the password for a server (the workbench's secure storage); may be
	 *            {@code null}
	 */
	public static AnnotationStore open(Path projectFolder, Function<ServerAddress, Optional<String>> passwords)
			throws StoreException {
		if (!Files.isDirectory(projectFolder)) {
			throw new StoreException(NLS.bind(Messages.errorNoFolder, projectFolder));
		}
		Optional<ServerAddress> server = server(projectFolder);
		if (server.isPresent()) {
			ServerAddress address = server.get();
			Optional<String> password = passwords == null ? Optional.empty() : passwords.apply(address);
			return PostgresAnnotationStore.open(address, password.or(() -> Passwords.lookup(address)).orElse(null));
		}
		return SqliteAnnotationStore.open(projectFolder.resolve(FILE_NAME), SqliteAnnotationStore.POLL_MS);
	}

	/** @return the server a shared project or working copy points at; empty for a local project */
	public static Optional<ServerAddress> server(Path projectFolder) throws StoreException {
		try {
			return SharedPointer.read(projectFolder);
		} catch (java.io.IOException | RuntimeException e) {
			throw new StoreException(NLS.bind(Messages.errorProjectFiles, e.getMessage()), e);
		}
	}

	/** @return the coder name to use when the researcher has set none: the system user name */
	public static String defaultCoder() {
		String user = System.getProperty("user.name"); //$NON-NLS-1$
		return user == null || user.isBlank() ? "coder" : user; //$NON-NLS-1$
	}
}
