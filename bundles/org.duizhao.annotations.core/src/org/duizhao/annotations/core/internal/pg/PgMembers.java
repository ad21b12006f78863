package org.duizhao.annotations.core.internal.pg;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.duizhao.annotations.core.Member;
import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.internal.sql.Sql;

/**
 * The server side of project roles: three group roles per project database
 * ({@code duizhao_<db>_owner}, {@code _coder}, {@code _viewer}), the table grants of each, and
 * one login role per member made a member of one group. Row-level security (schema 2) then limits
 * coders to their own rows through the {@code members} table. Only the project's owner, who
 * shared it and may create roles, calls these.
 */
public final class PgMembers {

	/** Tables a coder may write (rows limited to their own by row-level security). */
	static final List<String> CODER_TABLES = List.of("annotations", "annotation_codes", "memos", "links"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Every table of the store. */
	public static final List<String> TABLES = List.of("schema_version", "codes", "annotations", "annotation_codes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"memos", "link_types", "links", "members", "project_files"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private PgMembers() {
	}

	/** @return the group role of {@code role} in the database {@code database} */
	static String group(String database, ProjectRole role) {
		String clean = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return "duizhao_" + clean + '_' + role.key(); //$NON-NLS-1$
	}

	/**
	 * Makes the three group roles (if missing) and grants them their rights on the project's
	 * database and tables; only the groups may connect.
	 */
	public static void setUp(Connection c) throws SQLException {
		String db = currentDatabase(c);
		try (Statement s = c.createStatement()) {
			for (ProjectRole r : ProjectRole.values()) {
				String g = group(db, r);
				if (!roleExists(c, g)) {
					s.execute("CREATE ROLE " + id(g) + " NOLOGIN"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				s.execute("GRANT CONNECT ON DATABASE " + id(db) + " TO " + id(g)); //$NON-NLS-1$ //$NON-NLS-2$
				s.execute("GRANT USAGE ON SCHEMA public TO " + id(g)); //$NON-NLS-1$
				s.execute("GRANT SELECT ON " + String.join(", ", TABLES) + " TO " + id(g)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			s.execute("REVOKE CONNECT ON DATABASE " + id(db) + " FROM PUBLIC"); //$NON-NLS-1$ //$NON-NLS-2$
			s.execute("GRANT INSERT, UPDATE, DELETE ON " + String.join(", ", CODER_TABLES) + " TO " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ id(group(db, ProjectRole.CODER)));
			s.execute("GRANT ALL PRIVILEGES ON " + String.join(", ", TABLES) + " TO " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ id(group(db, ProjectRole.OWNER)));
		}
	}

	/**
	 * Adds a member or changes their role. A login role that does not exist yet is made with
	 * {@code password}; an existing one (a member of other projects) keeps its password.
	 */
	public static void add(Connection c, String login, ProjectRole role, String password) throws SQLException {
		String db = currentDatabase(c);
		try (Statement s = c.createStatement()) {
			if (!roleExists(c, login)) {
				s.execute("CREATE ROLE " + id(login) + " LOGIN" //$NON-NLS-1$ //$NON-NLS-2$
						+ (password == null ? "" : " PASSWORD " + literal(password))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			revokeGroups(s, db, login);
			s.execute("GRANT " + id(group(db, role)) + " TO " + id(login)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Sql.updatePublic(c, "INSERT INTO members (login, role) VALUES (?, ?) " //$NON-NLS-1$
				+ "ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role", login, role.key()); //$NON-NLS-1$
	}

	/** Removes a member from the project (their login role stays: it may belong to other projects). */
	public static void remove(Connection c, String login) throws SQLException {
		String db = currentDatabase(c);
		try (Statement s = c.createStatement()) {
			revokeGroups(s, db, login);
		}
		Sql.updatePublic(c, "DELETE FROM members WHERE login = ?", login); //$NON-NLS-1$
	}

	/** @return the members, by login */
	public static List<Member> list(Connection c) throws SQLException {
		return Sql.queryPublic(c, "SELECT login, role FROM members ORDER BY login", //$NON-NLS-1$
				r -> new Member(r.getString(1), ProjectRole.of(r.getString(2))));
	}

	private static void revokeGroups(Statement s, String db, String login) throws SQLException {
		if (!roleExists(s.getConnection(), login)) {
			return;
		}
		for (ProjectRole r : ProjectRole.values()) {
			s.execute("REVOKE " + id(group(db, r)) + " FROM " + id(login)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static boolean roleExists(Connection c, String role) throws SQLException {
		return Sql.queryLong(c, "SELECT COUNT(*) FROM pg_roles WHERE rolname = ?", role) > 0; //$NON-NLS-1$
	}

	private static String currentDatabase(Connection c) throws SQLException {
		return Sql.queryStrings(c, "SELECT current_database()").get(0); //$NON-NLS-1$
	}

	/** @return {@code name} as a quoted SQL identifier */
	static String id(String name) {
		return '"' + name.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String literal(String text) {
		return '\'' + text.replace("'", "''") + '\''; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
