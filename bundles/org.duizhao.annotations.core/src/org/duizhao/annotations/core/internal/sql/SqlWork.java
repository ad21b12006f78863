package org.duizhao.annotations.core.internal.sql;

import java.sql.Connection;
import java.sql.SQLException;

import org.duizhao.annotations.core.StoreException;

/** Database work that runs inside one transaction of a {@link Transactor}. */
@FunctionalInterface
public interface SqlWork<T> {
	/** @return the result of the work */
	T run(Connection connection) throws SQLException, StoreException;
}
