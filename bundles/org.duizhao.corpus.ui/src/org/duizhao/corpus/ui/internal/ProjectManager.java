package org.duizhao.corpus.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectRegistry;

/**
 * The projects open in the workbench, reopened on the next start. Listeners hear of every change
 * (a project opened or closed, documents imported, metadata edited), on whatever thread made it.
 */
public final class ProjectManager {

	/** Hears of changes to the open projects or their documents. */
	@FunctionalInterface
	public interface Listener {
		/** @param project the project that changed, or {@code null} when the set of projects changed */
		void changed(Project project);
	}

	private final ProjectRegistry registry;
	private final Map<Path, Project> open = new LinkedHashMap<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private boolean restored;

	ProjectManager(Path registryFile) {
		this.registry = ProjectRegistry.load(registryFile);
	}

	/**
	 * Reopens the projects open at the end of the last session; a project that can no longer be
	 * opened is dropped from the list and reported.
	 *
	 * @return the problems found, empty when every project opened
	 */
	public List<String> restore() {
		List<String> problems = new ArrayList<>();
		synchronized (this) {
			if (restored) {
				return problems;
			}
			restored = true;
			List<ProjectRegistry.Entry> entries = new ArrayList<>(registry.entries());
			java.util.Collections.reverse(entries); // oldest first, so the order of opening is kept
			for (ProjectRegistry.Entry entry : entries) {
				try {
					open.put(key(entry.folder()), Project.open(entry.folder()));
				} catch (IOException | RuntimeException e) {
					problems.add(entry.path() + ": " + e.getMessage()); //$NON-NLS-1$
					forget(entry.folder());
				}
			}
		}
		fire(null);
		return problems;
	}

	/** @return the open projects, in the order they were opened */
	public synchronized List<Project> all() {
		return List.copyOf(open.values());
	}

	/**
	 * @param folder a project folder
	 * @return the open project in {@code folder}, opening it (and remembering it) if needed
	 * @throws IOException when the folder holds no readable project
	 */
	public Project open(Path folder) throws IOException {
		Path key = key(folder);
		Project project;
		synchronized (this) {
			project = open.get(key);
			if (project != null) {
				return project;
			}
			project = Project.open(key);
			open.put(key, project);
			registry.remember(project);
		}
		fire(null);
		return project;
	}

	/** Creates a project in {@code folder} and opens it. */
	public Project create(Path folder, String name) throws IOException {
		Path key = key(folder);
		Project project = Project.create(key, name);
		synchronized (this) {
			open.put(key, project);
			registry.remember(project);
		}
		fire(null);
		return project;
	}

	/** Closes a project (its folder stays as it is). */
	public void close(Project project) {
		synchronized (this) {
			open.values().remove(project);
			forget(project.folder());
		}
		fire(null);
	}

	private void forget(Path folder) {
		try {
			registry.forget(folder);
		} catch (IOException e) {
			CorpusUiPlugin.log("Could not update the list of open projects", e); //$NON-NLS-1$
		}
	}

	private static Path key(Path folder) {
		return folder.toAbsolutePath().normalize();
	}

	/** Tells the listeners that {@code project}'s documents changed. */
	public void fire(Project project) {
		for (Listener l : listeners) {
			l.changed(project);
		}
	}

	/** @param listener hears of changes until removed */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** @param listener no longer hears of changes */
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}
}
