package org.duizhao.annotations.ui.internal.shared;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Member;
import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.StoreUnavailableException;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.ui.internal.store.StoreRegistry;
import org.duizhao.corpus.core.Project;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Looks every {@value #PERIOD_MS} ms (every {@value #IDLE_MS} ms while no project is open) at the server
 * connection of each open shared project: whether
 * the server answers, how many edits wait in the outbox and how many conflicts are left. Looking
 * also reconnects: the first call that reaches the server again pushes the outbox, so edits made
 * offline leave by themselves when the connection returns. Listeners hear of every change of state
 * (off the UI thread).
 */
public final class ConnectionMonitor {

	/** How often the connection is checked. */
	public static final long PERIOD_MS = 1500;
	/** How often a workbench without projects looks again. */
	static final long IDLE_MS = 10_000;

	private final StoreRegistry stores;
	private final java.util.function.Supplier<List<Project>> projects;
	private final LocalConflicts local;
	private final Map<Path, ConnectionState> states = new ConcurrentHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final Job job;
	private volatile boolean running;

	/**
	 * @param stores the stores of the open projects
	 * @param projects the open projects
	 * @param local the refused live edits
	 */
	public ConnectionMonitor(StoreRegistry stores, java.util.function.Supplier<List<Project>> projects,
			LocalConflicts local) {
		this.stores = stores;
		this.projects = projects;
		this.local = local;
		this.job = Job.create(Messages.Status_checking, this::run);
		job.setSystem(true);
		local.addListener(this::checkSoon);
	}

	/** Starts looking. */
	public void start() {
		running = true;
		job.schedule();
	}

	/** Stops looking. */
	public void stop() {
		running = false;
		job.cancel();
	}

	/** Looks again at once (after sharing, a resolved conflict, a new project). */
	public void checkSoon() {
		if (running) {
			job.wakeUp(0); // a sleeping job would ignore schedule(): wake it instead
			job.schedule();
		}
	}

	/** Looks now, on the calling thread (tests and jobs that just changed something). */
	public void checkNow() {
		check();
	}

	private IStatus run(IProgressMonitor monitor) {
		check();
		if (running) {
			// a project may be opened before this bundle starts (and hears of it): look often while any is open
			job.schedule(projects.get().isEmpty() ? IDLE_MS : PERIOD_MS);
		}
		return Status.OK_STATUS;
	}

	private synchronized void check() {
		Map<Path, ConnectionState> next = new java.util.HashMap<>();
		for (Project p : projects.get()) {
			Path root = StoreRegistry.key(p.folder());
			address(root).ifPresent(a -> next.put(root, look(root, a)));
		}
		if (!next.equals(states)) {
			states.keySet().retainAll(next.keySet());
			states.putAll(next);
			listeners.forEach(Runnable::run);
		}
	}

	private static Optional<ServerAddress> address(Path root) {
		try {
			return AnnotationStores.server(root);
		} catch (StoreException e) {
			return Optional.empty();
		}
	}

	private ConnectionState look(Path root, ServerAddress address) {
		boolean online = false;
		ProjectRole role = null;
		String problem = null;
		int waiting = 0;
		int conflicts = local.count(root);
		try {
			AnnotationStore store = stores.store(root);
			if (store instanceof OutboxStore outbox) {
				try {
					AnnotationStore server = outbox.connected();
					server.linkTypes();
					online = true;
					role = role(server, address.user());
				} catch (StoreUnavailableException e) {
					online = false;
				}
				waiting = outbox.outbox().pending();
				conflicts += outbox.outbox().conflicts().size();
			}
		} catch (StoreException e) {
			problem = e.getMessage();
		}
		ConnectionState before = states.get(root);
		if (role == null && before != null && !online) {
			role = before.role(); // the role stays known while offline
		}
		return new ConnectionState(root, address, online, waiting, conflicts, role, problem);
	}

	private static ProjectRole role(AnnotationStore server, String login) throws StoreException {
		if (!(server instanceof PostgresAnnotationStore pg)) {
			return null;
		}
		return pg.members().stream().filter(m -> m.login().equals(login)).map(Member::role).findFirst().orElse(null);
	}

	/** @return the state of the shared project in {@code root}, if it is open and shared */
	public Optional<ConnectionState> state(Path root) {
		return Optional.ofNullable(states.get(StoreRegistry.key(root)));
	}

	/** @return the states of every open shared project */
	public Map<Path, ConnectionState> states() {
		return Map.copyOf(states);
	}

	/** @param listener told (off the UI thread) whenever a state changes */
	public void addListener(Runnable listener) {
		listeners.add(Objects.requireNonNull(listener));
	}

	/** @param listener no longer told */
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
