package org.duizhao.annotations.core.internal.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What differs between the database engines behind {@link SqlAnnotationStore}: how a transaction
 * starts (SQLite must take the write lock up front so that concurrent writers wait instead of
 * failing) and how engine errors read. Everything else is portable SQL.
 */
public interface SqlDialect {

	/** @return the engine's name, also the folder of its own migration scripts (e.g. {@code sqlite}) */
	String name();

	/** Starts a transaction that will write. */
	void beginWrite(Connection connection) throws SQLException;

	/** Starts a transaction that only reads (a consistent snapshot). */
	void beginRead(Connection connection) throws SQLException;

	/** Commits the transaction started by {@link #beginWrite} or {@link #beginRead}. */
	void commit(Connection connection) throws SQLException;

	/** Rolls back the transaction; never throws. */
	void rollback(Connection connection);

	/** @return whether {@code e} says the database stayed locked by another writer */
	boolean isBusy(SQLException e);

	/** @return whether {@code e} says the connection to the database is gone (server down, network) */
	default boolean isConnectionLost(SQLException e) {
		return false;
	}

	/** @return whether {@code e} says the database refused the work for lack of rights */
	default boolean isForbidden(SQLException e) {
		return false;
	}
}
