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
	private final Map<Path, Runnable> unsubscribe = new HashMap<>();

	/** @return the index of {@code project}, opened on first use */
	public synchronized SearchIndex of(Project project) {
		Path key = key(project);
		return open.computeIfAbsent(key, k -> {
			ProjectListener l = (p, ids) -> scheduleUpdate(p);
			project.addListener(l);
			unsubscribe.put(k, () -> project.removeListener(l));
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
		Job job = job(project, NLS.bind(Messages.Job_index, project.name()), monitor -> {
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
		job.schedule(500); // several changes in a row (an import, then its metadata) make one update
	}

	/**
	 * @return a job on the index of {@code project}: under its rule, and of its {@link #family}, so
	 *         that closing the project can cancel it
	 */
	static Job job(Project project, String name, java.util.function.Function<IProgressMonitor, IStatus> work) {
		Object family = family(project);
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return work.apply(monitor);
			}

			@Override
			public boolean belongsTo(Object f) {
				return family.equals(f);
			}
		};
		job.setRule(rule(project));
		return job;
	}

	/** @return the family of the jobs that read or write the index of {@code project} */
	public static Object family(Project project) {
		return new ProjectRule(key(project));
	}

	/** Closes the indexes of projects no longer open, cancelling the jobs on them. */
	public synchronized void retain(List<Project> projects) {
		Set<Path> keep = projects.stream().map(Indexes::key).collect(Collectors.toSet());
		for (Path key : List.copyOf(open.keySet())) {
			if (!keep.contains(key)) {
				Job.getJobManager().cancel(new ProjectRule(key));
				unsubscribe.remove(key).run();
				open.remove(key).close();
			}
		}
	}

	/** Closes every index. */
	public synchronized void closeAll() {
		unsubscribe.values().forEach(Runnable::run);
		open.values().forEach(SearchIndex::close);
		open.clear();
		unsubscribe.clear();
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
