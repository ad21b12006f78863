package org.duizhao.annotations.ui.internal.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreChange;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.StoreListener;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.corpus.core.Project;
import org.eclipse.osgi.util.NLS;

/**
 * The annotation store of each open project: opened when first needed, closed when the project
 * closes. Listeners hear of every change to any of these stores, including changes another process
 * (the CLI) made, with the project they belong to; they are called off the UI thread.
 */
public final class StoreRegistry {

	/** Hears of a change to the store of a project. */
	@FunctionalInterface
	public interface Listener {
		/** @param projectRoot the project folder (absolute, normalized); @param change what changed */
		void changed(Path projectRoot, StoreChange change);
	}

	private final Map<Path, AnnotationStore> open = new LinkedHashMap<>();
	private final Map<Path, StoreListener> forwarders = new LinkedHashMap<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final Predicate<Path> projectOpen;
	private StoreOpener opener = DefaultOpener::open;

	/**
	 * @param projectOpen whether a project folder (absolute, normalized) is open: a store is opened
	 *            only for an open project, so that a late reader cannot reopen the store of a
	 *            project just closed
	 */
	public StoreRegistry(Predicate<Path> projectOpen) {
		this.projectOpen = projectOpen;
	}

	/** Replaces how stores are opened (tests); closes the stores open so far. */
	public synchronized void setOpener(StoreOpener value) {
		closeAll();
		opener = value;
	}

	/**
	 * @param projectRoot a project folder
	 * @return its store, opened if needed
	 * @throws StoreException when it cannot be opened
	 */
	public AnnotationStore store(Path projectRoot) throws StoreException {
		Path key = key(projectRoot);
		synchronized (this) {
			AnnotationStore store = open.get(key);
			if (store == null) {
				if (!projectOpen.test(key)) {
					throw new StoreException(NLS.bind(Messages.Store_projectClosed, key));
				}
				store = opener.open(key);
				StoreListener forward = change -> fire(key, change);
				store.addListener(forward);
				open.put(key, store);
				forwarders.put(key, forward);
			}
			return store;
		}
	}

	/** @return whether the store of {@code projectRoot} is open */
	public synchronized boolean isOpen(Path projectRoot) {
		return open.containsKey(key(projectRoot));
	}

	/** Closes the stores of projects no longer in {@code openProjects}. */
	public synchronized void retain(List<Project> openProjects) {
		Set<Path> keep = new HashSet<>();
		openProjects.forEach(p -> keep.add(key(p.folder())));
		for (Path root : List.copyOf(open.keySet())) {
			if (!keep.contains(root)) {
				close(root);
			}
		}
	}

	/**
	 * Closes the store of one project, so that the next call opens it again (after the project was
	 * shared or its password changed: the next store is the server's).
	 */
	public synchronized void reopen(Path projectRoot) {
		close(key(projectRoot));
	}

	/** Closes every open store. */
	public synchronized void closeAll() {
		List.copyOf(open.keySet()).forEach(this::close);
	}

	private void close(Path root) {
		AnnotationStore store = open.remove(root);
		StoreListener forward = forwarders.remove(root);
		if (store == null) {
			return;
		}
		store.removeListener(forward);
		try {
			store.close();
		} catch (StoreException e) {
			AnnotationsUiPlugin.log("Could not close the annotation store of " + root, e); //$NON-NLS-1$
		}
		fire(root, new StoreChange(StoreChange.Kind.ALL, null, null, false));
	}

	private void fire(Path root, StoreChange change) {
		for (Listener l : listeners) {
			try {
				l.changed(root, change);
			} catch (RuntimeException e) {
				AnnotationsUiPlugin.log("A store listener failed", e); //$NON-NLS-1$
			}
		}
	}

	/** @param listener hears of store changes until removed */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** @param listener no longer hears of changes */
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** @return the key under which a project folder's store is kept */
	public static Path key(Path folder) {
		return folder.toAbsolutePath().normalize();
	}
}
