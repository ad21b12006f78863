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
 * coders to their own rows through the {@code members} table. The login that shares the project
 * needs {@code CREATEROLE}; it owns two {@code SECURITY DEFINER} functions through which every
 * owner of the project (also one added later, without {@code CREATEROLE}) adds and removes members.
 */
public final class PgMembers {

	/** Tables a coder may write (rows limited to their own by row-level security). */
	static final List<String> CODER_TABLES = List.of("annotations", "annotation_codes", "memos", "links"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Tables a coder may only add rows to (their own, by row-level security), never change or delete. */
	static final List<String> CODER_APPEND_TABLES = List.of("applied_operations"); //$NON-NLS-1$
	/** Every table of the store. */
	public static final List<String> TABLES = List.of("schema_version", "codes", "annotations", "annotation_codes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"memos", "link_types", "links", "members", "project_files", "applied_operations"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	/** The functions through which any owner manages members (SECURITY DEFINER, see the scripts). */
	private static final List<String> FUNCTIONS = List.of("member-add.sql", "member-remove.sql"); //$NON-NLS-1$ //$NON-NLS-2$

	private PgMembers() {
	}

	/** @return the group role of {@code role} in the database {@code database} */
	static String group(String database, ProjectRole role) {
		String clean = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return "duizhao_" + clean + '_' + role.key(); //$NON-NLS-1$
	}

	/**
	 * Makes the three group roles (if missing), grants them their rights on the project's database
	 * and tables (only the groups may connect), and installs the member functions, owned by the
	 * caller, through which every owner of the project, not only this one, manages members.
	 */
	public static void setUp(Connection c) throws SQLException {
		String db = currentDatabase(c);
		try (Statement s = c.createStatement()) {
			for (ProjectRole r : ProjectRole.values()) {
				String g = group(db, r);
				if (!roleExists(c, g)) {
					s.execute("CREATE ROLE " + id(g) + " NOLOGIN"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			s.execute("REVOKE CONNECT ON DATABASE " + id(db) + " FROM PUBLIC"); //$NON-NLS-1$ //$NON-NLS-2$
			for (String f : FUNCTIONS) {
				s.execute(script(f));
			}
		}
		grant(c);
	}

	/**
	 * Grants the project's groups their rights on every table and function (again: a schema upgrade
	 * that adds a table calls this too).
	 */
	public static void grant(Connection c) throws SQLException {
		String db = currentDatabase(c);
		String owner = id(group(db, ProjectRole.OWNER));
		try (Statement s = c.createStatement()) {
			for (ProjectRole r : ProjectRole.values()) {
				String g = id(group(db, r));
				s.execute("GRANT CONNECT ON DATABASE " + id(db) + " TO " + g); //$NON-NLS-1$ //$NON-NLS-2$
				s.execute("GRANT USAGE ON SCHEMA public TO " + g); //$NON-NLS-1$
				s.execute("GRANT SELECT ON " + String.join(", ", TABLES) + " TO " + g); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			String coder = id(group(db, ProjectRole.CODER));
			s.execute("GRANT INSERT, UPDATE, DELETE ON " + String.join(", ", CODER_TABLES) + " TO " + coder); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			s.execute("GRANT INSERT ON " + String.join(", ", CODER_APPEND_TABLES) + " TO " + coder); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			s.execute("GRANT ALL PRIVILEGES ON " + String.join(", ", TABLES) + " TO " + owner); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (hasMemberFunctions(c)) {
				for (String f : List.of("duizhao_add_member(TEXT, TEXT, TEXT)", "duizhao_remove_member(TEXT)")) { //$NON-NLS-1$ //$NON-NLS-2$
					s.execute("REVOKE ALL ON FUNCTION " + f + " FROM PUBLIC"); //$NON-NLS-1$ //$NON-NLS-2$
					s.execute("GRANT EXECUTE ON FUNCTION " + f + " TO " + owner); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
	}

	/** @return whether the project's roles were set up (it was shared) */
	public static boolean isSetUp(Connection c) throws SQLException {
		return roleExists(c, group(currentDatabase(c), ProjectRole.OWNER));
	}

	private static boolean hasMemberFunctions(Connection c) throws SQLException {
		return Sql.queryLong(c, "SELECT COUNT(*) FROM pg_proc WHERE proname = 'duizhao_add_member'") > 0; //$NON-NLS-1$
	}

	/**
	 * Makes the login that shares the project its first owner, directly: the member functions only
	 * let an existing owner in.
	 */
	static void addFirstOwner(Connection c, String login) throws SQLException {
		String db = currentDatabase(c);
		try (Statement s = c.createStatement()) {
			s.execute("GRANT " + id(group(db, ProjectRole.OWNER)) + " TO " + id(login)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Sql.updatePublic(c, "INSERT INTO members (login, role) VALUES (?, ?) " //$NON-NLS-1$
				+ "ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role", login, ProjectRole.OWNER.key()); //$NON-NLS-1$
	}

	private static String script(String name) throws SQLException {
		try (java.io.InputStream in = PgMembers.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing " + name); //$NON-NLS-1$
			}
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new SQLException(e);
		}
	}

	/**
	 * Adds a member or changes their role, through the project's member function, so that any
	 * owner may do it. A login role that does not exist yet is made with {@code password}; an
	 * existing one (a member of other projects) keeps its password.
	 */
	public static void add(Connection c, String login, ProjectRole role, String password) throws SQLException {
		try (java.sql.PreparedStatement p = c.prepareStatement("SELECT duizhao_add_member(?, ?, ?)")) { //$NON-NLS-1$
			p.setString(1, login);
			p.setString(2, role.key());
			p.setString(3, password);
			p.execute();
		}
	}

	/** Removes a member from the project (their login role stays: it may belong to other projects). */
	public static void remove(Connection c, String login) throws SQLException {
		try (java.sql.PreparedStatement p = c.prepareStatement("SELECT duizhao_remove_member(?)")) { //$NON-NLS-1$
			p.setString(1, login);
			p.execute();
		}
	}

	/** @return the members, by login */
	public static List<Member> list(Connection c) throws SQLException {
		return Sql.queryPublic(c, "SELECT login, role FROM members ORDER BY login", //$NON-NLS-1$
				r -> new Member(r.getString(1), ProjectRole.of(r.getString(2))));
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
}
