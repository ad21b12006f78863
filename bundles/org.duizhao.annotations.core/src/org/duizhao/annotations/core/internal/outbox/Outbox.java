package org.duizhao.annotations.core.internal.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.duizhao.annotations.core.StoreException;

/**
 * The local outbox of a shared working copy: a small SQLite file that keeps, in order, every edit
 * made while the server could not be reached, and the edits the server refused on push (conflicts,
 * with both versions). Each queued edit is one autocommitted insert, so an edit is either wholly on
 * disk or not at all, even if the process dies the moment after.
 */
public final class Outbox implements AutoCloseable {

	/**
	 * One queued edit: its place in the queue, its kind, its JSON payload, and the operation id the
	 * server records with it (so that an edit whose commit was not acknowledged is not applied twice).
	 */
	public record Edit(long seq, String kind, String payload, String op) {
		/** An edit without an operation id (read back from an older outbox and given one on open). */
		public Edit(long seq, String kind, String payload) {
			this(seq, kind, payload, null);
		}
	}

	/** A refused edit: what the researcher wrote and what the server holds (JSON, or null if deleted). */
	public record Conflict(long id, String kind, String mine, String theirs) {
	}

	private final Connection connection;

	private Outbox(Connection connection) {
		this.connection = connection;
	}

	/** Opens (creating if needed) the outbox file. */
	public static Outbox open(Path file) throws StoreException {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file.toAbsolutePath(), new Properties()); //$NON-NLS-1$
			try (Statement s = c.createStatement()) {
				s.execute("PRAGMA journal_mode=WAL"); //$NON-NLS-1$
				s.execute("PRAGMA synchronous=FULL"); //$NON-NLS-1$
				s.execute("PRAGMA busy_timeout=10000"); //$NON-NLS-1$
				s.execute("CREATE TABLE IF NOT EXISTS edits (seq INTEGER PRIMARY KEY AUTOINCREMENT, " //$NON-NLS-1$
						+ "kind TEXT NOT NULL, payload TEXT NOT NULL)"); //$NON-NLS-1$
				s.execute("CREATE TABLE IF NOT EXISTS conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, " //$NON-NLS-1$
						+ "kind TEXT NOT NULL, mine TEXT NOT NULL, theirs TEXT)"); //$NON-NLS-1$
				s.execute("CREATE TABLE IF NOT EXISTS ids (local TEXT PRIMARY KEY, server TEXT NOT NULL)"); //$NON-NLS-1$
				addOperationIds(c, s);
			}
			return new Outbox(c);
		} catch (java.io.IOException | SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	/**
	 * Gives an outbox made before operation ids an {@code op} column, and every edit without one an
	 * id, once and for all (the id must stay the same from one push to the next).
	 */
	private static void addOperationIds(Connection c, Statement s) throws SQLException {
		boolean has = false;
		try (ResultSet r = s.executeQuery("PRAGMA table_info(edits)")) { //$NON-NLS-1$
			while (r.next()) {
				has |= "op".equals(r.getString("name")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (!has) {
			s.execute("ALTER TABLE edits ADD COLUMN op TEXT"); //$NON-NLS-1$
		}
		s.execute("UPDATE edits SET op = lower(hex(randomblob(16))) WHERE op IS NULL"); //$NON-NLS-1$
	}

	/** @return a new operation id */
	public static String newOperation() {
		return java.util.UUID.randomUUID().toString();
	}

	/** Appends an edit with a new operation id (one transaction). */
	public synchronized void queue(String kind, String payload) throws StoreException {
		queue(kind, payload, newOperation());
	}

	/** Appends an edit whose operation id was already sent to the server once (one transaction). */
	public synchronized void queue(String kind, String payload, String op) throws StoreException {
		update("INSERT INTO edits (kind, payload, op) VALUES (?, ?, ?)", kind, payload, op); //$NON-NLS-1$
	}

	/** @return the queued edits, oldest first */
	public synchronized List<Edit> edits() throws StoreException {
		List<Edit> out = new ArrayList<>();
		try (Statement s = connection.createStatement();
				ResultSet r = s.executeQuery("SELECT seq, kind, payload, op FROM edits ORDER BY seq")) { //$NON-NLS-1$
			while (r.next()) {
				out.add(new Edit(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
			}
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
		return out;
	}

	/** @return how many edits wait to be pushed */
	public synchronized int pending() throws StoreException {
		return edits().size();
	}

	/** Removes a pushed edit. */
	public synchronized void done(long seq) throws StoreException {
		update("DELETE FROM edits WHERE seq = ?", seq); //$NON-NLS-1$
	}

	/** Replaces a refused edit by a conflict, in one transaction. */
	public synchronized void conflict(Edit edit, String theirs) throws StoreException {
		try {
			connection.setAutoCommit(false);
			update("INSERT INTO conflicts (kind, mine, theirs) VALUES (?, ?, ?)", edit.kind(), edit.payload(), theirs); //$NON-NLS-1$
			update("DELETE FROM edits WHERE seq = ?", edit.seq()); //$NON-NLS-1$
			connection.commit();
		} catch (SQLException | StoreException e) {
			try {
				connection.rollback();
			} catch (SQLException ignored) {
				// the first failure is the one to report
			}
			throw e instanceof StoreException se ? se : new StoreException(e.getMessage(), e);
		} finally {
			try {
				connection.setAutoCommit(true);
			} catch (SQLException ignored) {
				// the connection is failing anyway
			}
		}
	}

	/** @return the unresolved conflicts, oldest first */
	public synchronized List<Conflict> conflicts() throws StoreException {
		List<Conflict> out = new ArrayList<>();
		try (Statement s = connection.createStatement();
				ResultSet r = s.executeQuery("SELECT id, kind, mine, theirs FROM conflicts ORDER BY id")) { //$NON-NLS-1$
			while (r.next()) {
				out.add(new Conflict(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
			}
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
		return out;
	}

	/** Forgets a conflict the researcher has resolved. */
	public synchronized void resolved(long id) throws StoreException {
		update("DELETE FROM conflicts WHERE id = ?", id); //$NON-NLS-1$
	}

	/** Remembers the server's id for a record made offline. */
	public synchronized void mapId(String local, String server) throws StoreException {
		update("INSERT OR REPLACE INTO ids (local, server) VALUES (?, ?)", local, server); //$NON-NLS-1$
	}

	/** @return the server's id for {@code id} if it was made offline and pushed since; else {@code id} */
	public synchronized String serverId(String id) throws StoreException {
		if (id == null) {
			return null;
		}
		try (PreparedStatement p = connection.prepareStatement("SELECT server FROM ids WHERE local = ?")) { //$NON-NLS-1$
			p.setString(1, id);
			try (ResultSet r = p.executeQuery()) {
				return r.next() ? r.getString(1) : id;
			}
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	private void update(String sql, Object... values) throws StoreException {
		try (PreparedStatement p = connection.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				p.setObject(i + 1, values[i]);
			}
			p.executeUpdate();
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	@Override
	public synchronized void close() throws StoreException {
		try {
			connection.close();
		} catch (SQLException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}
}
