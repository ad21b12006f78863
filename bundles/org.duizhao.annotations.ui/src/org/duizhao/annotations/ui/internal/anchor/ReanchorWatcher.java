package org.duizhao.annotations.ui.internal.anchor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.anchor.DocumentVersioning;
import org.duizhao.annotations.core.anchor.ReanchorCounts;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.store.StoreRegistry;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.jobs.ProjectRule;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Carries annotations over to a document's new text version, whichever way the version came:
 * Document &gt; Change Encoding, a corrected file, or anything else that adds a version and tells
 * the project manager. When a project changes, a job looks for annotations that name an older
 * version than their document's current one, re-anchors them through the core
 * ({@link DocumentVersioning#reanchor}) and reports the counts (exact, quote, fuzzy, unanchored)
 * per document, so that no annotation moves silently. The job holds the project's
 * {@link ProjectRule}, so it runs after the job that added the version. The Unanchored Annotations
 * view hears of the result through the store.
 */
public final class ReanchorWatcher {

	/** What one run re-anchored: per document name, its counts (in project order). */
	public record Report(Project project, Map<String, ReanchorCounts> documents) {

		/** @return the counts of every document together */
		public ReanchorCounts total() {
			return documents.values().stream().reduce(ReanchorCounts.NONE, ReanchorCounts::plus);
		}
	}

	private final StoreRegistry stores;
	private final Map<Path, Job> jobs = new HashMap<>();
	private volatile Consumer<Report> reporter = ReanchorReportDialog::openLater;

	/** @param stores where the projects' stores are opened */
	public ReanchorWatcher(StoreRegistry stores) {
		this.stores = stores;
	}

	/** Replaces how reports are shown (tests); {@code null} restores the dialog. */
	public void setReporter(Consumer<Report> value) {
		reporter = value == null ? ReanchorReportDialog::openLater : value;
	}

	/** Looks for annotations to carry over in {@code project}, in the background. */
	public void projectChanged(Project project) {
		if (!Files.exists(project.folder().resolve(AnnotationStores.FILE_NAME))) {
			return;
		}
		Path key = StoreRegistry.key(project.folder());
		Job job;
		synchronized (jobs) {
			job = jobs.computeIfAbsent(key, k -> newJob(project));
		}
		job.schedule(50);
	}

	private Job newJob(Project project) {
		Job job = Job.create(NLS.bind(Messages.Reanchor_job, project.name()), (IProgressMonitor monitor) -> run(project, monitor));
		job.setUser(false);
		job.setRule(new ProjectRule(project.folder()));
		return job;
	}

	private IStatus run(Project project, IProgressMonitor monitor) {
		try {
			AnnotationStore store = stores.store(project.folder());
			List<Document> stale = stale(project, store.annotations(AnnotationQuery.all()));
			if (stale.isEmpty()) {
				return Status.OK_STATUS;
			}
			SubMonitor progress = SubMonitor.convert(monitor, stale.size());
			DocumentVersioning versioning = new DocumentVersioning(project, store);
			Map<String, ReanchorCounts> counts = new LinkedHashMap<>();
			for (Document d : stale) {
				counts.put(d.displayName(), versioning.reanchor(d.id(), progress.split(1)).counts());
			}
			reporter.accept(new Report(project, counts));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			return AnnotationsUiPlugin.error(NLS.bind(Messages.Reanchor_failed, project.name(), e.getMessage()), e);
		}
	}

	/** @return the documents with annotations naming an older version than the current one */
	static List<Document> stale(Project project, List<Annotation> annotations) {
		Map<String, Integer> oldest = new HashMap<>();
		for (Annotation a : annotations) {
			oldest.merge(a.documentId(), a.version(), Math::min);
		}
		List<Document> result = new ArrayList<>();
		for (Document d : project.documents()) {
			Integer v = oldest.get(d.id());
			if (v != null && v < d.current().number()) {
				result.add(d);
			}
		}
		return result;
	}

	/** Stops the jobs (bundle stop). */
	public void dispose() {
		synchronized (jobs) {
			jobs.values().forEach(Job::cancel);
			jobs.clear();
		}
	}
}
