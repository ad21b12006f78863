package org.duizhao.annotations.core.internal.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.Messages;
import org.duizhao.annotations.core.internal.sql.SchemaMigrator;
import org.duizhao.annotations.core.internal.sql.Sql;
import org.duizhao.annotations.core.internal.sql.SqlAnnotationStore;
import org.duizhao.annotations.core.internal.sql.Transactor;
import org.eclipse.osgi.util.NLS;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: one SQLite file in WAL mode, so that readers never block the writer and the
 * workbench and the command line can write one project at once (a writer waits up to
 * {@link #BUSY_TIMEOUT_MS} for the other). Changes made by other connections are seen through
 * {@code PRAGMA data_version}, which changes whenever another connection commits.
 */
public final class SqliteAnnotationStore extends SqlAnnotationStore {

	/** How long a writer waits for another process's transaction before giving up. */
	public static final int BUSY_TIMEOUT_MS = 30_000;
	/** How often a store with listeners looks for other processes' changes. */
	public static final long POLL_MS = 500;

	private long dataVersion;

	private SqliteAnnotationStore(Transactor tx, String description, long pollMillis) {
		super(tx, description, pollMillis);
	}

	/**
	 * Opens (creating if needed) the database file and brings its schema up to date.
	 *
	 * @param file the database file
	 * @param pollMillis see {@link SqlAnnotationStore#SqlAnnotationStore}
	 * @throws StoreException if the file is not a database, its schema is newer than known, or it
	 *             cannot be opened
	 */
	public static SqliteAnnotationStore open(Path file, long pollMillis) throws StoreException {
		SqliteNative.prepare();
		String where = file.toString();
		SqliteDialect dialect = new SqliteDialect();
		Connection connection = connect(file, where);
		try {
			new SchemaMigrator(dialect, where).migrate(connection);
			SqliteAnnotationStore store = new SqliteAnnotationStore(new Transactor(connection, dialect, where), where,
					pollMillis);
			store.dataVersion = dataVersion(connection);
			return store;
		} catch (SQLException e) {
			closeQuietly(connection);
			throw translateOpen(e, where, dialect);
		} catch (StoreException | RuntimeException e) {
			closeQuietly(connection);
			throw e;
		}
	}

	private static Connection connect(Path file, String where) throws StoreException {
		SQLiteConfig config = new SQLiteConfig();
		config.setJournalMode(SQLiteConfig.JournalMode.WAL);
		config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
		config.setBusyTimeout(BUSY_TIMEOUT_MS);
		config.enforceForeignKeys(true);
		// a project's store reaches tens of megabytes; a 32 MB page cache keeps bulk writes and queries
		// off the disk (SQLite's default is 2 MB), temporary sort tables stay in memory
		config.setCacheSize(-32_768);
		config.setTempStore(SQLiteConfig.TempStore.MEMORY);
		SQLiteDataSource source = new SQLiteDataSource(config);
		source.setUrl("jdbc:sqlite:" + file.toAbsolutePath()); //$NON-NLS-1$
		try {
			return source.getConnection();
		} catch (SQLException e) {
			throw translateOpen(e, where, new SqliteDialect());
		}
	}

	private static StoreException translateOpen(SQLException e, String where, SqliteDialect dialect) {
		if ((e.getErrorCode() & 0xff) == SqliteDialect.SQLITE_NOTADB) {
			return new StoreException(NLS.bind(Messages.errorNotADatabase, where, e.getMessage()), e);
		}
		if (dialect.isBusy(e)) {
			return new StoreException(NLS.bind(Messages.errorBusy, where), e);
		}
		return new StoreException(NLS.bind(Messages.errorDatabase, where, e.getMessage()), e);
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// already failing; the first error is the one to report
		}
	}

	private static long dataVersion(Connection connection) throws SQLException {
		return Sql.queryLong(connection, "PRAGMA data_version"); //$NON-NLS-1$
	}

	@Override
	protected boolean changedElsewhere(Connection connection) throws SQLException {
		long now = dataVersion(connection);
		boolean changed = now != dataVersion;
		dataVersion = now;
		return changed;
	}

	/** @return the journal mode, {@code wal} once open; for tests and diagnostics */
	public String journalMode() throws StoreException {
		return transactor().read(c -> Sql.queryStrings(c, "PRAGMA journal_mode").get(0)); //$NON-NLS-1$
	}
}
