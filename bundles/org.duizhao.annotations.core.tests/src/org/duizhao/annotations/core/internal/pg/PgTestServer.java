package org.duizhao.annotations.core.internal.pg;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.testing.PostgresServer;
import org.postgresql.Driver;

/**
 * One throwaway server for a test class and a fresh database per test, so that each test starts
 * from an empty store without paying for a new cluster.
 */
final class PgTestServer implements AutoCloseable {

	private static final AtomicInteger COUNT = new AtomicInteger();
	final PostgresServer server = PostgresServer.start();

	/** @return a new empty database's address for the superuser */
	ServerAddress newDatabase() throws SQLException {
		String name = "project_" + COUNT.incrementAndGet(); //$NON-NLS-1$
		admin("CREATE DATABASE " + name); //$NON-NLS-1$
		return new ServerAddress(server.host(), server.port(), name, PostgresServer.SUPERUSER);
	}

	/** Runs statements as the superuser on the {@code postgres} database. */
	void admin(String... sql) throws SQLException {
		try (Connection c = connect("postgres", PostgresServer.SUPERUSER, server.password()); //$NON-NLS-1$
				Statement s = c.createStatement()) {
			for (String one : sql) {
				s.execute(one);
			}
		}
	}

	/** @return a plain JDBC connection as {@code user}, the way a member's own SQL client would connect */
	Connection connect(String database, String user, String password) throws SQLException {
		Properties p = new Properties();
		p.setProperty("user", user); //$NON-NLS-1$
		p.setProperty("password", password); //$NON-NLS-1$
		Connection c = new Driver().connect(server.jdbcUrl(database), p);
		if (c == null) {
			throw new SQLException("driver refused " + server.jdbcUrl(database)); //$NON-NLS-1$
		}
		return c;
	}

	String password() {
		return server.password();
	}

	@Override
	public void close() {
		server.close();
	}

	static {
		// keep DriverManager out of it: the driver is used directly, as it must be under Equinox
		DriverManager.setLoginTimeout(10);
	}
}
