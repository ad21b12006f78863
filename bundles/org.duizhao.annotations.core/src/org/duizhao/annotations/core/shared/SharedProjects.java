package org.duizhao.annotations.core.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.Messages;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.duizhao.annotations.core.internal.pg.FileSync;
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
	 * What bringing a working copy's project files into step with the server did.
	 *
	 * @param fetched files fetched from the server
	 * @param uploaded files changed, added or deleted here and sent to the server (owners)
	 * @param kept local files that the server's newer version replaced, set aside under
	 *            {@code .duizhao/kept/}
	 * @param notUploaded local changes this member's role may not send (they stay in the working copy)
	 * @since 0.1
	 */
	public record FilesResult(int fetched, int uploaded, int kept, int notUploaded) {
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
	 * missing or changed (documents with every version's original bytes, metadata, settings and
	 * normalization tables), and points the folder at the server. Files are fetched once; later only
	 * those whose hash changed.
	 *
	 * @return how many files were fetched (0 when the working copy was current)
	 */
	public static int openShared(ServerAddress address, String password, Path folder, IProgressMonitor monitor)
			throws StoreException {
		try (PostgresAnnotationStore server = PostgresAnnotationStore.open(address, password)) {
			return sync(server, folder, address, monitor).fetched();
		}
	}

	/**
	 * Brings a working copy's project files into step with the server through an open store (see
	 * {@link #syncFiles}).
	 *
	 * @return how many files were fetched
	 */
	public static int pull(AnnotationStore store, Path folder, IProgressMonitor monitor) throws StoreException {
		return syncFiles(store, folder, monitor).fetched();
	}

	/**
	 * Brings a working copy's project files and the server's into step, both ways: files changed
	 * only on the server are fetched; files an owner added, changed or deleted in the working copy
	 * (an import, a new version, a metadata edit) are sent to the server; when both changed a file,
	 * the server's version wins and the local one is set aside, never lost.
	 *
	 * @param monitor progress and cancel; may be {@code null}
	 * @since 0.1
	 */
	public static FilesResult syncFiles(AnnotationStore store, Path folder, IProgressMonitor monitor)
			throws StoreException {
		AnnotationStore connected = store instanceof OutboxStore outbox ? outbox.connected() : store;
		if (!(connected instanceof PostgresAnnotationStore server)) {
			return new FilesResult(0, 0, 0, 0);
		}
		return sync(server, folder, server.address(), monitor);
	}

	private static FilesResult sync(PostgresAnnotationStore server, Path folder, ServerAddress address,
			IProgressMonitor monitor) throws StoreException {
		FileSync.Result r = server.writeSql(c -> io(() -> {
			Files.createDirectories(folder);
			return FileSync.sync(c, folder, monitor);
		}));
		point(folder, address);
		return new FilesResult(r.fetched(), r.uploaded(), r.kept(), r.notUploaded());
	}

	/** @return whether {@code store} is a server store */
	public static boolean isShared(AnnotationStore store) {
		return store instanceof PostgresAnnotationStore || store instanceof OutboxStore;
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
