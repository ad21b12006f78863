package org.duizhao.annotations.core.internal.sql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Brings a database to the newest schema this program knows: applies the ordered scripts in
 * {@link #SCRIPTS} that are newer than the version recorded in {@code schema_version}, each in one
 * transaction, and refuses a database whose version is newer than known. A script
 * {@code scripts/<dialect>/NNN-x.sql} replaces the portable {@code scripts/NNN-x.sql} for that
 * engine, so that engine-specific SQL stays in clearly separate files.
 */
public final class SchemaMigrator {

	/** The scripts in order; script {@code i} brings the schema to version {@code i + 1}. */
	public static final List<String> SCRIPTS = List.of("001-initial.sql", "002-server.sql", "003-operations.sql"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final String BASE = "org/duizhao/annotations/core/internal/sql/scripts/"; //$NON-NLS-1$

	private final SqlDialect dialect;
	private final String where;

	/**
	 * @param dialect the engine
	 * @param where the database's description, for messages
	 */
	public SchemaMigrator(SqlDialect dialect, String where) {
		this.dialect = dialect;
		this.where = where;
	}

	/** @return the newest schema version this program knows */
	public static int knownVersion() {
		return SCRIPTS.size();
	}

	/**
	 * Applies what is missing. Safe when two processes open a new database at once: the version is
	 * read again inside each script's write transaction.
	 *
	 * @return the schema version now
	 */
	public int migrate(Connection connection) throws SQLException, StoreException {
		ensureVersionTable(connection);
		int version = currentVersion(connection);
		checkNotTooNew(version);
		while (version < knownVersion()) {
			version = applyNext(connection);
		}
		return version;
	}

	private void ensureVersionTable(Connection connection) throws SQLException {
		dialect.beginWrite(connection);
		try (Statement s = connection.createStatement()) {
			s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, " //$NON-NLS-1$
					+ "script TEXT NOT NULL, applied BIGINT NOT NULL)"); //$NON-NLS-1$
			dialect.commit(connection);
		} catch (SQLException | RuntimeException e) {
			dialect.rollback(connection);
			throw e;
		}
	}

	private int applyNext(Connection connection) throws SQLException, StoreException {
		dialect.beginWrite(connection);
		try {
			int version = currentVersion(connection);
			checkNotTooNew(version);
			if (version < knownVersion()) {
				String script = SCRIPTS.get(version);
				run(connection, statements(load(script)), version + 1);
				record(connection, version + 1, script);
				version++;
			}
			dialect.commit(connection);
			return version;
		} catch (SQLException | StoreException | RuntimeException e) {
			dialect.rollback(connection);
			throw e;
		}
	}

	private void run(Connection connection, List<String> statements, int target) throws StoreException {
		try (Statement s = connection.createStatement()) {
			for (String sql : statements) {
				s.execute(sql);
			}
		} catch (SQLException e) {
			throw new StoreException(NLS.bind(Messages.errorMigration, new Object[] { where, target, e.getMessage() }),
					e);
		}
	}

	private static void record(Connection connection, int version, String script) throws SQLException {
		try (PreparedStatement p = connection
				.prepareStatement("INSERT INTO schema_version (version, script, applied) VALUES (?, ?, ?)")) { //$NON-NLS-1$
			p.setInt(1, version);
			p.setString(2, script);
			p.setLong(3, System.currentTimeMillis());
			p.executeUpdate();
		}
	}

	/** @return the version recorded in {@code schema_version}, 0 for a new database */
	public static int currentVersion(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement();
				ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) { //$NON-NLS-1$
			return r.next() ? r.getInt(1) : 0;
		}
	}

	private void checkNotTooNew(int version) throws StoreException {
		if (version > knownVersion()) {
			throw new StoreException(
					NLS.bind(Messages.errorSchemaTooNew, new Object[] { where, version, knownVersion() }));
		}
	}

	private String load(String script) throws StoreException {
		String own = BASE + dialect.name() + '/' + script;
		ClassLoader loader = SchemaMigrator.class.getClassLoader();
		InputStream in = loader.getResourceAsStream(own);
		if (in == null) {
			in = loader.getResourceAsStream(BASE + script);
		}
		if (in == null) {
			throw new IllegalStateException("missing migration script " + script); //$NON-NLS-1$
		}
		try (InputStream stream = in) {
			return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.errorMigration, new Object[] { where, script, e.getMessage() }),
					e);
		}
	}

	/**
	 * Splits a script into statements: {@code --} comments are dropped and a statement ends with a
	 * {@code ;} at the end of a line, except inside a {@code $$}-quoted body (the server's trigger
	 * functions), which runs until the line that closes it.
	 */
	static List<String> statements(String script) {
		List<String> out = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inBody = false;
		for (String line : script.split("\r?\n")) { //$NON-NLS-1$
			String trimmed = line.strip();
			if (!inBody && (trimmed.isEmpty() || trimmed.startsWith("--"))) { //$NON-NLS-1$
				continue;
			}
			current.append(line).append('\n');
			if (line.split("\\$\\$", -1).length % 2 == 0) { //$NON-NLS-1$
				inBody = !inBody;
			}
			if (!inBody && trimmed.endsWith(";")) { //$NON-NLS-1$
				String sql = current.toString().strip();
				out.add(sql.substring(0, sql.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			out.add(current.toString().strip());
		}
		return out;
	}
}
