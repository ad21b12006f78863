package org.duizhao.annotations.core.internal.pg;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.duizhao.annotations.core.internal.sql.SqlDialect;

/**
 * PostgreSQL transactions through JDBC's auto-commit switch. Writes run at READ COMMITTED: every
 * write names the row version it read in its WHERE clause, so concurrent writers cannot overwrite
 * each other and need no stronger isolation; reads take a REPEATABLE READ snapshot so that a
 * query over several statements sees one state.
 */
final class PgDialect implements SqlDialect {

	/** SQLSTATE classes and codes the store treats specially. */
	private static final String CONNECTION_CLASS = "08"; //$NON-NLS-1$
	private static final String ADMIN_SHUTDOWN = "57P01"; //$NON-NLS-1$
	private static final String CRASH_SHUTDOWN = "57P02"; //$NON-NLS-1$
	private static final String CANNOT_CONNECT_NOW = "57P03"; //$NON-NLS-1$
	private static final String INSUFFICIENT_PRIVILEGE = "42501"; //$NON-NLS-1$

	@Override
	public String name() {
		return "postgresql"; //$NON-NLS-1$
	}

	@Override
	public void beginWrite(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
	}

	@Override
	public void beginRead(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement s = connection.createStatement()) {
			s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"); //$NON-NLS-1$
		}
	}

	@Override
	public void commit(Connection connection) throws SQLException {
		connection.commit();
		connection.setAutoCommit(true);
	}

	@Override
	public void rollback(Connection connection) {
		try {
			connection.rollback();
			connection.setAutoCommit(true);
		} catch (SQLException e) {
			// the connection is gone or was never in a transaction; nothing was committed
		}
	}

	@Override
	public boolean isBusy(SQLException e) {
		String state = e.getSQLState();
		return "40001".equals(state) || "40P01".equals(state) || "55P03".equals(state); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public boolean isConnectionLost(SQLException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException s && lost(s.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static boolean lost(String state) {
		return state != null && (state.startsWith(CONNECTION_CLASS) || ADMIN_SHUTDOWN.equals(state)
				|| CRASH_SHUTDOWN.equals(state) || CANNOT_CONNECT_NOW.equals(state));
	}

	@Override
	public boolean isForbidden(SQLException e) {
		return INSUFFICIENT_PRIVILEGE.equals(e.getSQLState());
	}
}
