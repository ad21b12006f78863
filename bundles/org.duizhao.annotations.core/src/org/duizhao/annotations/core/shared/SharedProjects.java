package org.duizhao.annotations.core.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.Messages;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.core.internal.pg.ProjectFiles;
import org.duizhao.annotations.core.internal.pg.TableCopy;
import org.duizhao.annotations.core.internal.sqlite.SqliteAnnotationStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Sharing a project on a PostgreSQL server and opening a teammate's working copy of it. The same
 * calls serve the workbench and the command line; both pass the password they got from their own
 * place (secure storage, {@link Passwords}), and nothing here writes it anywhere.
 */
public final class SharedProjects {

	private SharedProjects() {
	}

	/** What sharing uploaded. */
	public record ShareResult(int files, int annotations) {
	}

	/**
	 * Uploads a local project (its files and its annotation store) to an empty project database,
	 * sets up the project's roles with {@code address.user()} as owner, and points the project
	 * folder at the server. The local {@code annotations.db} stays as it was, as a backup.
	 *
	 * @param monitor progress and cancel; may be {@code null}
	 */
	public static ShareResult share(Path folder, ServerAddress address, String password, IProgressMonitor monitor)
			throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskShare, 10);
		if (SharedPointer.readQuietly(folder) != null) {
			throw new StoreException(NLS.bind(Messages.errorAlreadyShared, folder));
		}
		try (PostgresAnnotationStore server = PostgresAnnotationStore.open(address, password);
				SqliteAnnotationStore local = SqliteAnnotationStore.open(folder.resolve(AnnotationStores.FILE_NAME), 0)) {
			server.setUpRoles();
			int annotations = local.readSql(from -> server.writeSql(to -> TableCopy.copy(from, to)));
			int files = server.writeSql(c -> io(() -> ProjectFiles.upload(c, folder, progress.split(9))));
			point(folder, address);
			return new ShareResult(files, annotations);
		}
	}

	/**
	 * Makes (or refreshes) a working copy of a shared project: fetches the project's files that are
	 * missing or changed, and points the folder at the server.
	 *
	 * @return how many files were fetched (0 when the cache was current)
	 */
	public static int openShared(ServerAddress address, String password, Path folder, IProgressMonitor monitor)
			throws StoreException {
		try (PostgresAnnotationStore server = PostgresAnnotationStore.open(address, password)) {
			return pull(server, folder, address, monitor);
		}
	}

	/** Fetches changed project files into a working copy through an open server store. */
	public static int pull(AnnotationStore store, Path folder, IProgressMonitor monitor) throws StoreException {
		if (!(store instanceof PostgresAnnotationStore server)) {
			return 0;
		}
		return pull(server, folder, server.address(), monitor);
	}

	private static int pull(PostgresAnnotationStore server, Path folder, ServerAddress address,
			IProgressMonitor monitor) throws StoreException {
		int fetched = server.readSql(c -> io(() -> {
			Files.createDirectories(folder);
			return ProjectFiles.download(c, folder, monitor);
		}));
		point(folder, address);
		return fetched;
	}

	/** @return whether {@code store} is a server store */
	public static boolean isShared(AnnotationStore store) {
		return store instanceof PostgresAnnotationStore;
	}

	private static void point(Path folder, ServerAddress address) throws StoreException {
		try {
			SharedPointer.write(folder, address);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.errorProjectFiles, e.getMessage()), e);
		}
	}

	@FunctionalInterface
	private interface IoWork<T> {
		T run() throws IOException, java.sql.SQLException;
	}

	private static <T> T io(IoWork<T> work) throws StoreException, java.sql.SQLException {
		try {
			return work.run();
		} catch (StoreException e) {
			throw e;
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.errorProjectFiles, e.getMessage()), e);
		}
	}
}
