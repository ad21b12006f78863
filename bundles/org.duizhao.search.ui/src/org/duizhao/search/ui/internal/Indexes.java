package org.duizhao.search.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectListener;
import org.duizhao.search.core.SearchIndex;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * The search index of each open project, and the quiet jobs that keep them current. An index is
 * updated (or rebuilt, when it is missing or damaged) in a system job after every change the
 * workbench makes to its project, so that the next search finds it ready; a search updates it
 * anyway, so nothing is lost when such a job has not run yet. Jobs of one project never run at once
 * (a scheduling rule per project).
 */
public final class Indexes {

	private final Map<Path, SearchIndex> open = new HashMap<>();
	private final Map<Path, ProjectListener> listeners = new HashMap<>();

	/** @return the index of {@code project}, opened on first use */
	public synchronized SearchIndex of(Project project) {
		Path key = key(project);
		return open.computeIfAbsent(key, k -> {
			ProjectListener l = (p, ids) -> scheduleUpdate(p);
			project.addListener(l);
			listeners.put(k, l);
			return SearchIndex.of(project);
		});
	}

	/** @return the rule that keeps the index jobs of {@code project} apart */
	public static ISchedulingRule rule(Project project) {
		return new ProjectRule(key(project));
	}

	/** Brings the index of {@code project} up to date in a quiet background job. */
	public void scheduleUpdate(Project project) {
		SearchIndex index = of(project);
		Job job = Job.create(NLS.bind(Messages.Job_index, project.name()), (IProgressMonitor monitor) -> {
			try {
				index.update(monitor);
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				return SearchUiPlugin.error(NLS.bind(Messages.Job_indexFailed, project.name(), e.getMessage()), e);
			}
		});
		job.setSystem(true);
		job.setRule(rule(project));
		job.schedule(500); // several changes in a row (an import, then its metadata) make one update
	}

	/** Closes the indexes of projects no longer open. */
	public synchronized void retain(List<Project> projects) {
		Set<Path> keep = projects.stream().map(Indexes::key).collect(Collectors.toSet());
		for (Path key : List.copyOf(open.keySet())) {
			if (!keep.contains(key)) {
				open.remove(key).close();
				listeners.remove(key);
			}
		}
	}

	/** Closes every index. */
	public synchronized void closeAll() {
		open.values().forEach(SearchIndex::close);
		open.clear();
		listeners.clear();
	}

	private static Path key(Project project) {
		return project.folder().toAbsolutePath().normalize();
	}

	/** One project's index at a time. */
	private record ProjectRule(Path folder) implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return equals(rule);
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return equals(rule);
		}
	}
}
