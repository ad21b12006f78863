package org.duizhao.annotations.core.internal.pg;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.duizhao.annotations.core.Member;
import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.StoreListener;
import org.duizhao.annotations.core.internal.sql.SchemaMigrator;
import org.duizhao.annotations.core.internal.sql.Sql;
import org.duizhao.annotations.core.internal.sql.SqlAnnotationStore;
import org.duizhao.annotations.core.internal.sql.Transactor;
import org.postgresql.PGConnection;

/**
 * The server store of a shared project: one PostgreSQL database per project, the same portable
 * SQL as the embedded store, and the server's own notifications for other members' changes. Every
 * table has a trigger that sends {@code NOTIFY duizhao_changes} with the table's name; the server
 * delivers it when the writing transaction commits. A {@link PgNotifications} thread, started when
 * the first listener registers, hears those of other sessions and tells the listeners within
 * milliseconds, instead of polling.
 * <p>
 * The store survives a server restart or a dropped network: the call that meets the loss fails with
 * {@link org.duizhao.annotations.core.StoreUnavailableException}, and the next call connects again.
 */
public final class PostgresAnnotationStore extends SqlAnnotationStore {

	private final PgConnections connections;
	private final PgNotifications notifications;
	private final AtomicBoolean changedElsewhere = new AtomicBoolean();
	private volatile int ownBackend;

	private PostgresAnnotationStore(Transactor tx, PgConnections connections) {
		super(tx, connections.describe(), 0);
		this.connections = connections;
		this.notifications = new PgNotifications(connections, this::heard);
	}

	/**
	 * Connects and brings the schema up to date (only a member allowed to change the schema, the
	 * owner who shared the project, ever needs to: others find it current).
	 *
	 * @param address the server, database and login
	 * @param password the login's password, or {@code null} to try without one
	 * @throws StoreException when the server cannot be reached, refuses the login, or holds a newer
	 *             schema
	 */
	public static PostgresAnnotationStore open(ServerAddress address, String password) throws StoreException {
		PgConnections connections = new PgConnections(address, password);
		PgDialect dialect = new PgDialect();
		String where = connections.describe();
		Connection first = connections.openOrFail(dialect);
		try {
			migrateIfNeeded(first, dialect, where);
			PostgresAnnotationStore[] self = new PostgresAnnotationStore[1];
			Transactor tx = new Transactor(first, dialect, where, () -> self[0].reopen());
			self[0] = new PostgresAnnotationStore(tx, connections);
			self[0].ownBackend = backend(first);
			return self[0];
		} catch (SQLException e) {
			closeQuietly(first);
			throw new Transactor(first, dialect, where).translate(e);
		} catch (StoreException | RuntimeException e) {
			closeQuietly(first);
			throw e;
		}
	}

	private static void migrateIfNeeded(Connection c, PgDialect dialect, String where)
			throws SQLException, StoreException {
		boolean hasTable = Sql.queryLong(c, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() " //$NON-NLS-1$
				+ "AND tablename = 'schema_version'") > 0; //$NON-NLS-1$
		if (hasTable && SchemaMigrator.currentVersion(c) == SchemaMigrator.knownVersion()) {
			return;
		}
		new SchemaMigrator(dialect, where).migrate(c);
		if (hasTable && PgMembers.isSetUp(c)) {
			PgMembers.setUp(c); // a project shared before this schema: grants on the new tables, member functions
		}
	}

	private Connection reopen() throws SQLException {
		Connection c = connections.open();
		ownBackend = backend(c);
		return c;
	}

	private static int backend(Connection c) throws SQLException {
		return c.unwrap(PGConnection.class).getBackendPID();
	}

	private static void closeQuietly(Connection c) {
		try {
			c.close();
		} catch (SQLException e) {
			// already failing
		}
	}

	/**
	 * Called on the notification thread: session {@code backend} committed a change; 0: changes may
	 * have been missed while disconnected; -1: nothing new, but try again to report what is pending.
	 */
	private void heard(int backend) {
		if (backend == 0 || backend > 0 && backend != ownBackend) {
			changedElsewhere.set(true);
		}
		if (changedElsewhere.get()) {
			try {
				pollExternalChanges();
			} catch (StoreException e) {
				// the flag stays set; the next round tries again
			}
		}
	}

	@Override
	protected boolean changedElsewhere(Connection connection) {
		return changedElsewhere.getAndSet(false);
	}

	@Override
	public void addListener(StoreListener listener) {
		super.addListener(listener);
		notifications.start();
	}

	/** @return whether the store holds a connection to the server now */
	public boolean isOnline() {
		return transactor().isConnected() && notifications.isConnected();
	}

	/**
	 * Prepares the project's roles on the server (group roles and grants) and makes the sharing
	 * login its first owner. Needs a login that may create roles.
	 */
	public void setUpRoles() throws StoreException {
		transactor().write(c -> {
			PgMembers.setUp(c);
			PgMembers.addFirstOwner(c, address().user());
			return null;
		});
	}

	/** @return the project's members, by login */
	public List<Member> members() throws StoreException {
		return transactor().read(PgMembers::list);
	}

	/**
	 * Adds a member or changes their role (owners only).
	 *
	 * @param password for a login role that does not exist yet; ignored for an existing one
	 */
	public void addMember(String login, ProjectRole role, String password) throws StoreException {
		transactor().write(c -> {
			PgMembers.add(c, login, role, password);
			return null;
		});
	}

	/** Removes a member (owners only); their annotations stay. */
	public void removeMember(String login) throws StoreException {
		transactor().write(c -> {
			PgMembers.remove(c, login);
			return null;
		});
	}

	/**
	 * @return whether the operation {@code opId} was applied, and if so the id of the record it
	 *         made ({@code Optional.of("")} when it made none); empty when it was never applied
	 */
	public Optional<String> appliedOperation(String opId) throws StoreException {
		List<String> hit = transactor().read(c -> Sql.queryPublic(c,
				"SELECT COALESCE(result, '') FROM applied_operations WHERE op_id = ?", r -> r.getString(1), opId)); //$NON-NLS-1$
		return hit.isEmpty() ? Optional.empty() : Optional.of(hit.get(0));
	}

	/**
	 * Records that the operation {@code opId} was applied. Called inside the transaction of the edit
	 * ({@link #inTransaction}), so both commit together; the unique key refuses a second application.
	 *
	 * @param result the id of the record the operation made, or {@code null}
	 */
	public void recordOperation(String opId, String result) throws StoreException {
		transactor().write(c -> Sql.updatePublic(c,
				"INSERT INTO applied_operations (op_id, result, applied) VALUES (?, ?, ?)", opId, result, //$NON-NLS-1$
				System.currentTimeMillis()));
	}

	/**
	 * @return a fingerprint of the code system, annotations, memos and links as this transaction sees
	 *         them (counts and a sum of hashes of ids and row versions): equal fingerprints, same
	 *         contents, so a working copy's read cache need not be copied again
	 */
	public static String fingerprint(Connection c) throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT "); //$NON-NLS-1$
		for (String table : List.of("codes", "annotations", "memos", "links")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			sql.append("(SELECT COUNT(*) || ':' || COALESCE(SUM(hashtext(id || ':' || row_version)), 0) FROM ") //$NON-NLS-1$
					.append(table).append(") || '|' || "); //$NON-NLS-1$
		}
		sql.append("(SELECT COALESCE(string_agg(name || ':' || position, ',' ORDER BY name), '') FROM link_types)"); //$NON-NLS-1$
		return Sql.queryStrings(c, sql.toString()).get(0);
	}

	/**
	 * Runs read-only work in one snapshot on a connection of its own, opened for it and closed
	 * after: a long read (copying the project into a working copy's read cache) does not hold up the
	 * store's own calls meanwhile.
	 */
	public <T> T readAside(org.duizhao.annotations.core.internal.sql.SqlWork<T> work) throws StoreException {
		PgDialect dialect = new PgDialect();
		try (Connection c = connections.open()) {
			dialect.beginRead(c);
			T result = work.run(c);
			dialect.commit(c);
			return result;
		} catch (SQLException e) {
			throw new Transactor(null, dialect, connections.describe()).translate(e);
		}
	}

	/** @return the server address of this store */
	public ServerAddress address() {
		return connections.address();
	}

	@Override
	public void close() throws StoreException {
		notifications.stop();
		super.close();
	}
}
