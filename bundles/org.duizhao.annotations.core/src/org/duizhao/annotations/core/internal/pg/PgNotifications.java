package org.duizhao.annotations.core.internal.pg;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.IntConsumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on its own connection for the {@code duizhao_changes} notifications the server's
 * triggers send when a transaction commits, and passes on the sending session's process id. When
 * the connection drops (server restart, network) it connects again every second and then reports
 * process id 0, "something may have changed", because notifications sent meanwhile are lost.
 */
final class PgNotifications {

	private static final System.Logger LOG = System.getLogger(PgNotifications.class.getName());
	static final String CHANNEL = "duizhao_changes"; //$NON-NLS-1$
	private static final int WAIT_MS = 250;
	private static final long RETRY_MS = 1000;

	private final PgConnections connections;
	private final IntConsumer heard;
	private Thread thread;
	private volatile boolean running;
	private volatile Connection connection;

	PgNotifications(PgConnections connections, IntConsumer heard) {
		this.connections = connections;
		this.heard = heard;
	}

	synchronized void start() {
		if (thread != null) {
			return;
		}
		running = true;
		thread = new Thread(this::loop, "Duizhao server notifications " + connections.describe()); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	synchronized void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(2000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			thread = null;
		}
	}

	/** @return whether the listening connection is up (true when not listening at all) */
	boolean isConnected() {
		return thread == null || connection != null;
	}

	private void loop() {
		boolean first = true;
		while (running) {
			try (Connection c = connections.open()) {
				try (Statement s = c.createStatement()) {
					s.execute("LISTEN " + CHANNEL); //$NON-NLS-1$
				}
				connection = c;
				if (!first) {
					heard.accept(0);
				}
				first = false;
				receive(c);
			} catch (SQLException e) {
				LOG.log(System.Logger.Level.DEBUG, "notification connection lost", e); //$NON-NLS-1$
			} finally {
				connection = null;
			}
			first = false;
			pause();
		}
	}

	private void receive(Connection c) throws SQLException {
		PGConnection pg = c.unwrap(PGConnection.class);
		while (running) {
			PGNotification[] got = pg.getNotifications(WAIT_MS);
			if (got != null) {
				for (PGNotification n : got) {
					heard.accept(n.getPID());
				}
			} else {
				heard.accept(-1);
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(RETRY_MS);
		} catch (InterruptedException e) {
			running = false;
		}
	}
}
