package org.duizhao.annotations.core.internal.pg;

import java.sql.Connection;
import java.sql.SQLException;

import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.sql.Transactor;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens connections to one project database. A data source, not {@code DriverManager}, because
 * under Equinox the driver manager does not see drivers in other bundles. TLS is used when the
 * server offers it ({@code sslmode=prefer}, libpq's default); a server without TLS is still
 * reached, as libpq does.
 */
final class PgConnections {

	/**
	 * Planner settings for this client's sessions (sent at connect, no extra round trip). The store's
	 * queries read at most some thousands of rows through an index: a project's tables fit in the
	 * server's memory, where an index lookup costs about what a sequential read does (the default
	 * random_page_cost of 4 made a query by code scan all annotations instead), and parallel workers
	 * cost more to start than they save on such queries, above all on a busy server.
	 */
	static final String SESSION_OPTIONS = "-c random_page_cost=1.1 -c max_parallel_workers_per_gather=0"; //$NON-NLS-1$

	/** How long a connection attempt may take before the server counts as unreachable. */
	static final int CONNECT_TIMEOUT_S = 10;

	private final ServerAddress address;
	private final PGSimpleDataSource source = new PGSimpleDataSource();

	PgConnections(ServerAddress address, String password) {
		this.address = address;
		source.setServerNames(new String[] { address.host() });
		source.setPortNumbers(new int[] { address.port() });
		source.setDatabaseName(address.database());
		source.setUser(address.user());
		if (password != null) {
			source.setPassword(password);
		}
		source.setSslMode("prefer"); //$NON-NLS-1$
		source.setConnectTimeout(CONNECT_TIMEOUT_S);
		source.setLoginTimeout(CONNECT_TIMEOUT_S);
		source.setTcpKeepAlive(true);
		source.setReWriteBatchedInserts(true); // a batch of inserts goes as multi-row INSERTs, not one per row
		source.setApplicationName("Duizhao"); //$NON-NLS-1$
		source.setOptions(SESSION_OPTIONS);
	}

	ServerAddress address() {
		return address;
	}

	String describe() {
		return address.toString();
	}

	/** @return a new connection in auto-commit mode */
	Connection open() throws SQLException {
		return source.getConnection();
	}

	/** @return a new connection, or the store's error for the user */
	Connection openOrFail(PgDialect dialect) throws StoreException {
		try {
			return open();
		} catch (SQLException e) {
			throw new Transactor(null, dialect, describe()).translate(e);
		}
	}
}
