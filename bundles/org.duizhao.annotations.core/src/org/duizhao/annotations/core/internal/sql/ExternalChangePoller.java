package org.duizhao.annotations.core.internal.sql;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreException;

/**
 * Calls {@link AnnotationStore#pollExternalChanges()} on a daemon thread every few hundred
 * milliseconds while a store has listeners, so that a workbench sees what the command line (or a
 * colleague) wrote without the UI having to ask. A store without listeners (the CLI) runs no
 * thread.
 */
final class ExternalChangePoller {

	private static final System.Logger LOG = System.getLogger(ExternalChangePoller.class.getName());

	private final AnnotationStore store;
	private final long millis;
	private ScheduledExecutorService timer;
	private boolean failed;

	ExternalChangePoller(AnnotationStore store, long millis) {
		this.store = store;
		this.millis = millis;
	}

	synchronized void start() {
		if (timer != null || millis <= 0) {
			return;
		}
		timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "Duizhao annotation store watcher"); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
		timer.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
	}

	synchronized void stop() {
		if (timer != null) {
			timer.shutdownNow();
			timer = null;
		}
	}

	private void poll() {
		try {
			store.pollExternalChanges();
			failed = false;
		} catch (StoreException | RuntimeException e) {
			if (!failed) {
				LOG.log(System.Logger.Level.WARNING, store.describe(), e);
			}
			failed = true;
		}
	}
}
