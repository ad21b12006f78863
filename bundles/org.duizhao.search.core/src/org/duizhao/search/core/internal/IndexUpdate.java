package org.duizhao.search.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.search.core.UpdateReport;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Keeps one project's index in step with its documents: compares the stamp stored with each
 * indexed document with what the document is now, and re-indexes the difference in one commit.
 * A cancelled update rolls back, leaving the index as it was. Not thread-safe; {@code SearchIndex}
 * serializes the calls.
 */
public final class IndexUpdate {

	/** The index schema: change it whenever fields or analysis change, and every index is rebuilt. */
	public static final String SCHEMA = "search-2"; //$NON-NLS-1$

	private final Project project;
	private final IndexStore store;
	private IndexStore.Opened opened;
	private String openedWith;
	private Map<String, String> stamps = Map.of();
	/** Documents whose text could not be read, by the stamp they had: not retried until it changes. */
	private final Map<String, String> unreadable = new HashMap<>();

	/** @param folder the index folder */
	public IndexUpdate(Project project, Path folder) {
		this.project = project;
		this.store = new IndexStore(folder);
	}

	/** @return the reader on the current index (valid until the next update) */
	public DirectoryReader reader() {
		return opened.reader();
	}

	/** @return whether the index is open, made with {@code fingerprint} and current with the project */
	public boolean isCurrent(String fingerprint) throws IOException {
		return opened != null && fingerprint.equals(openedWith) && opened.reader().isCurrent()
				&& plan().isEmpty();
	}

	/** Brings the index up to date; see {@code SearchIndex#update}. */
	public UpdateReport update(SearchText text, String fingerprint, IProgressMonitor monitor) throws IOException {
		if (!fingerprint.equals(openedWith) || opened == null) {
			close();
			opened = store.open(fingerprint);
			if (opened == null) {
				return rebuild(text, fingerprint, monitor);
			}
			openedWith = fingerprint;
			stamps = IndexStore.stamps(opened.reader());
		} else {
			reopenIfChanged();
		}
		Plan plan = plan();
		if (plan.isEmpty()) {
			return new UpdateReport(false, 0, 0, 0);
		}
		return write(plan, false, text, fingerprint, monitor);
	}

	/** Throws the index away and builds it again from every document. */
	public UpdateReport rebuild(SearchText text, String fingerprint, IProgressMonitor monitor) throws IOException {
		close();
		store.delete();
		stamps = Map.of();
		unreadable.clear();
		return write(new Plan(project.documents(), Set.of()), true, text, fingerprint, monitor);
	}

	/** Closes the reader and its directory. */
	public void close() {
		if (opened != null) {
			opened.close();
			opened = null;
		}
		openedWith = null;
	}

	private record Plan(List<Document> changed, Set<String> removed) {
		boolean isEmpty() {
			return changed.isEmpty() && removed.isEmpty();
		}
	}

	private Plan plan() {
		List<Document> changed = new ArrayList<>();
		Set<String> present = new HashSet<>();
		for (Document d : project.documents()) {
			present.add(d.id());
			String stamp = IndexFields.stamp(d);
			if (!stamp.equals(stamps.get(d.id())) && !stamp.equals(unreadable.get(d.id()))) {
				changed.add(d);
			}
		}
		Set<String> removed = new HashSet<>(stamps.keySet());
		removed.removeAll(present);
		return new Plan(changed, removed);
	}

	private void reopenIfChanged() throws IOException {
		DirectoryReader newer = DirectoryReader.openIfChanged(opened.reader());
		if (newer != null) {
			opened.reader().close();
			opened = new IndexStore.Opened(opened.directory(), newer);
			stamps = IndexStore.stamps(newer);
		}
	}

	private UpdateReport write(Plan plan, boolean create, SearchText text, String fingerprint, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, create ? Messages.Task_rebuild : Messages.Task_index,
				plan.changed().size() + 2);
		int failed = 0;
		try (IndexWriter writer = store.writer(create)) {
			for (String id : plan.removed()) {
				writer.deleteDocuments(new Term(IndexFields.ID, id));
			}
			failed = add(writer, plan.changed(), text, progress);
			writer.setLiveCommitData(Map.of(IndexStore.FINGERPRINT, fingerprint).entrySet());
			progress.split(1);
			writer.commit();
		}
		close();
		opened = store.open(fingerprint);
		if (opened == null) {
			throw new IOException("the search index just written cannot be read: " + store.folder()); //$NON-NLS-1$
		}
		openedWith = fingerprint;
		stamps = IndexStore.stamps(opened.reader());
		return new UpdateReport(create, plan.changed().size() - failed, plan.removed().size(), failed);
	}

	/**
	 * Indexes documents on all cores (the writer is thread-safe; each task reads, normalizes and
	 * tokenizes one document), ticking progress and checking cancel on the caller's thread.
	 *
	 * @return how many could not be read
	 */
	private int add(IndexWriter writer, List<Document> documents, SearchText text, SubMonitor progress)
			throws IOException {
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "duizhao-index"); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
		int failed = 0;
		try {
			List<Future<Boolean>> done = new ArrayList<>();
			for (Document d : documents) {
				done.add(pool.submit(() -> index(writer, d, text)));
			}
			for (int i = 0; i < done.size(); i++) {
				progress.split(1);
				if (!done.get(i).get()) {
					failed++;
					unreadable.put(documents.get(i).id(), IndexFields.stamp(documents.get(i)));
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			writer.rollback();
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			writer.rollback();
			throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
		} catch (OperationCanceledException e) {
			writer.rollback();
			throw e;
		} finally {
			pool.shutdownNow();
		}
		return failed;
	}

	/** @return false when the document's text could not be read (it is then left out) */
	private boolean index(IndexWriter writer, Document d, SearchText text) throws IOException {
		Term key = new Term(IndexFields.ID, d.id());
		String original;
		try {
			original = project.readText(d, d.current());
		} catch (IOException unreadableText) {
			writer.deleteDocuments(key);
			return false;
		}
		writer.updateDocument(key, IndexFields.of(d, original, text));
		return true;
	}
}
