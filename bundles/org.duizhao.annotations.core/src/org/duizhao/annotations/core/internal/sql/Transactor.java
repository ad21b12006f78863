package org.duizhao.annotations.core.internal.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import org.duizhao.annotations.core.StoreChange;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.StoreListener;
import org.duizhao.annotations.core.StoreUnavailableException;
import org.duizhao.annotations.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Runs work on one connection, one thread at a time, each call in one transaction. A call made
 * while the same thread is already inside a transaction joins it as a savepoint, so it is still
 * all or nothing on its own and a failure inside does not spoil the outer work unless it lets the
 * exception through. Changes recorded during a transaction reach the listeners after the
 * outermost commit, and never when it rolls back.
 */
public final class Transactor {

	private static final System.Logger LOG = System.getLogger(Transactor.class.getName());

	private final ReentrantLock lock = new ReentrantLock();
	private final SqlDialect dialect;
	private final Opener opener;
	private Connection connection;
	private final String where;
	private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
	private final List<StoreChange> pending = new ArrayList<>();
	private int depth;
	private long lastUsed = System.nanoTime();
	/** A connection idle longer than this is checked before use (reconnecting stores only). */
	private static final long IDLE_CHECK_NANOS = 1_000_000_000L;
	private static final int VALID_TIMEOUT_S = 2;
	private volatile boolean closed;

	/**
	 * @param connection the connection, in auto-commit mode; owned from now on
	 * @param dialect the engine
	 * @param where the store's description, for messages
	 */
	public Transactor(Connection connection, SqlDialect dialect, String where) {
		this(connection, dialect, where, null);
	}

	/**
	 * A transactor that survives a lost connection (a server restart, a dropped network): the call
	 * that meets the loss fails with {@link StoreUnavailableException}, and the next call opens a new
	 * connection with {@code opener}.
	 *
	 * @param opener opens a new connection in auto-commit mode; {@code null}: never reconnect
	 */
	public Transactor(Connection connection, SqlDialect dialect, String where, Opener opener) {
		this.connection = connection;
		this.dialect = dialect;
		this.where = where;
		this.opener = opener;
	}

	/** Opens a fresh connection to the same database. */
	@FunctionalInterface
	public interface Opener {
		/** @return a new connection in auto-commit mode */
		Connection open() throws SQLException;
	}

	/** Runs work that writes. */
	public <T> T write(SqlWork<T> work) throws StoreException {
		return run(work, true);
	}

	/** Runs work that only reads. */
	public <T> T read(SqlWork<T> work) throws StoreException {
		return run(work, false);
	}

	private <T> T run(SqlWork<T> work, boolean write) throws StoreException {
		List<StoreChange> committed;
		T result;
		lock.lock();
		try {
			checkOpen();
			if (depth > 0) {
				return nested(work, write);
			}
			result = outermost(work, write);
			committed = List.copyOf(pending);
			pending.clear();
		} finally {
			lock.unlock();
		}
		committed.forEach(this::fire);
		return result;
	}

	private <T> T outermost(SqlWork<T> work, boolean write) throws StoreException {
		try {
			ensureConnected();
			if (write) {
				dialect.beginWrite(connection);
			} else {
				dialect.beginRead(connection);
			}
		} catch (SQLException e) {
			dropIfLost(e);
			throw translate(e);
		}
		depth = 1;
		try {
			T result = work.run(connection);
			dialect.commit(connection);
			return result;
		} catch (SQLException e) {
			rollback();
			dropIfLost(e);
			throw translate(e);
		} catch (StoreException | RuntimeException | Error e) {
			rollback();
			throw e;
		} finally {
			depth = 0;
		}
	}

	/**
	 * Opens a connection if the last one was lost. A reconnecting store also checks a connection
	 * that sat idle for a while before using it, so that a server restart in the meantime costs a
	 * reconnect instead of a failed call.
	 */
	private void ensureConnected() throws SQLException {
		long now = System.nanoTime();
		if (opener != null && connection != null && now - lastUsed > IDLE_CHECK_NANOS
				&& !connection.isValid(VALID_TIMEOUT_S)) {
			connection.close();
			connection = null;
		}
		if (connection == null) {
			connection = opener.open();
		}
		lastUsed = now;
	}

	/** Forgets a connection the server has dropped, so that the next call opens a new one. */
	private void dropIfLost(SQLException e) {
		if (opener != null && connection != null && dialect.isConnectionLost(e)) {
			try {
				connection.close();
			} catch (SQLException ignored) {
				// it is gone already
			}
			connection = null;
		}
	}

	/** @return whether the store holds a live connection now (false after a loss, until the next call) */
	public boolean isConnected() {
		return connection != null;
	}

	private void rollback() {
		dialect.rollback(connection);
		pending.clear();
	}

	private <T> T nested(SqlWork<T> work, boolean write) throws StoreException {
		String savepoint = "duizhao_sp" + depth; //$NON-NLS-1$
		int mark = pending.size();
		depth++;
		try {
			if (write) {
				execute("SAVEPOINT " + savepoint); //$NON-NLS-1$
			}
			T result = work.run(connection);
			if (write) {
				execute("RELEASE SAVEPOINT " + savepoint); //$NON-NLS-1$
			}
			return result;
		} catch (SQLException e) {
			undo(write, savepoint, mark);
			throw translate(e);
		} catch (StoreException | RuntimeException | Error e) {
			undo(write, savepoint, mark);
			throw e;
		} finally {
			depth--;
		}
	}

	private void undo(boolean write, String savepoint, int mark) {
		if (write) {
			try {
				execute("ROLLBACK TO SAVEPOINT " + savepoint); //$NON-NLS-1$
				execute("RELEASE SAVEPOINT " + savepoint); //$NON-NLS-1$
			} catch (SQLException e) {
				LOG.log(System.Logger.Level.WARNING, "cannot roll back to " + savepoint, e); //$NON-NLS-1$
			}
		}
		pending.subList(mark, pending.size()).clear();
	}

	private void execute(String sql) throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute(sql);
		}
	}

	/**
	 * Runs {@code work} outside any transaction if no thread is using the store right now.
	 *
	 * @return the result, or {@code null} if the store was busy or closed
	 */
	public <T> T ifIdle(SqlWork<T> work) throws StoreException {
		if (!lock.tryLock()) {
			return null;
		}
		try {
			if (closed || depth > 0) {
				return null;
			}
			ensureConnected();
			return work.run(connection);
		} catch (SQLException e) {
			dropIfLost(e);
			throw translate(e);
		} finally {
			lock.unlock();
		}
	}

	/** Records a change of the current transaction, told to listeners after it commits. */
	public void changed(StoreChange change) {
		if (depth == 0) {
			fire(change);
		} else {
			pending.add(change);
		}
	}

	/** Tells every listener now; a failing listener is logged and does not stop the others. */
	public void fire(StoreChange change) {
		for (StoreListener l : listeners) {
			try {
				l.changed(change);
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.ERROR, "annotation store listener failed", e); //$NON-NLS-1$
			}
		}
	}

	/** @return whether the listener was newly added */
	public boolean addListener(StoreListener listener) {
		return !listeners.contains(listener) && listeners.add(listener);
	}

	/** @return whether listeners remain */
	public boolean removeListener(StoreListener listener) {
		listeners.remove(listener);
		return !listeners.isEmpty();
	}

	/** @return the error for the user */
	public StoreException translate(SQLException e) {
		if (dialect.isConnectionLost(e)) {
			return new StoreUnavailableException(NLS.bind(Messages.errorUnavailable, where, e.getMessage()), e);
		}
		if (dialect.isForbidden(e)) {
			return new StoreException(NLS.bind(Messages.errorForbidden, where, e.getMessage()), e);
		}
		String message = dialect.isBusy(e) ? NLS.bind(Messages.errorBusy, where)
				: NLS.bind(Messages.errorDatabase, where, e.getMessage());
		return new StoreException(message, e);
	}

	private void checkOpen() throws StoreException {
		if (closed) {
			throw new StoreException(NLS.bind(Messages.errorClosed, where));
		}
	}

	/** Closes the connection (waiting for a running transaction); further calls fail. */
	public void close() throws StoreException {
		lock.lock();
		try {
			if (closed) {
				return;
			}
			closed = true;
			if (connection != null) {
				connection.close();
			}
		} catch (SQLException e) {
			throw translate(e);
		} finally {
			lock.unlock();
		}
	}
}
