package org.duizhao.annotations.core.internal.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.duizhao.annotations.core.internal.sql.SqlDialect;

/**
 * SQLite transactions on a connection left in auto-commit mode. Writes start with
 * {@code BEGIN IMMEDIATE}: the write lock is taken up front, so a second writer (another process)
 * waits in the busy handler instead of failing half-way when a read transaction cannot be upgraded.
 */
final class SqliteDialect implements SqlDialect {

	private static final int SQLITE_BUSY = 5;
	private static final int SQLITE_LOCKED = 6;
	/** Result code of a file that is not an SQLite database. */
	static final int SQLITE_NOTADB = 26;

	@Override
	public String name() {
		return "sqlite"; //$NON-NLS-1$
	}

	@Override
	public void beginWrite(Connection connection) throws SQLException {
		execute(connection, "BEGIN IMMEDIATE"); //$NON-NLS-1$
	}

	@Override
	public void beginRead(Connection connection) throws SQLException {
		execute(connection, "BEGIN"); //$NON-NLS-1$
	}

	@Override
	public void commit(Connection connection) throws SQLException {
		execute(connection, "COMMIT"); //$NON-NLS-1$
	}

	@Override
	public void rollback(Connection connection) {
		try {
			execute(connection, "ROLLBACK"); //$NON-NLS-1$
		} catch (SQLException e) {
			// nothing to roll back (SQLite may already have rolled back after an I/O error)
		}
	}

	@Override
	public boolean isBusy(SQLException e) {
		int primary = e.getErrorCode() & 0xff;
		return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute(sql);
		}
	}
}
