package org.duizhao.search.core;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.search.core.internal.IndexUpdate;
import org.duizhao.search.core.internal.LuceneSpi;
import org.duizhao.search.core.internal.Searcher;
import org.duizhao.search.core.internal.SearchText;
import org.duizhao.text.core.normalize.ScriptTarget;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The full-text index of a project, kept in {@code .duizhao/index/} inside the project folder (derived
 * data: deleting it loses nothing, the next search rebuilds it).
 * <p>
 * The index holds each document's current version, normalized as comparison normalizes it and
 * cut into Han unigrams and bigrams, with offsets back to the original text in code points; see
 * {@link SearchText}. {@link #update} brings it up to date with the project: it re-indexes the
 * documents whose version, text or metadata changed (after an import, a new version, a metadata
 * edit, in this program or another) and drops removed ones; a missing or damaged index, or one made
 * with other folding tables, is rebuilt. {@link #search} updates first, so a search always sees the
 * project as this program last read it ({@link Project#refresh()} reads what other programs changed).
 * <p>
 * Thread-safe (methods are synchronized). Several programs may share an index: Lucene's write lock
 * lets one update at a time, the others wait.
 */
public final class SearchIndex implements Closeable {

	/** The index folder, relative to the project folder. */
	public static final String FOLDER = ".duizhao/index"; //$NON-NLS-1$
	/** Code points of context each side of a hit, by default. */
	public static final int DEFAULT_CONTEXT = 20;

	private final Project project;
	private final IndexUpdate index;

	private SearchIndex(Project project) {
		this.project = project;
		this.index = new IndexUpdate(project, folder(project));
	}

	/** @return the index of {@code project}; nothing is read until it is used */
	public static SearchIndex of(Project project) {
		LuceneSpi.ensureLoaded();
		return new SearchIndex(Objects.requireNonNull(project, "project")); //$NON-NLS-1$
	}

	/** @return where the index of {@code project} lives */
	public static Path folder(Project project) {
		return project.folder().resolve(FOLDER);
	}

	/**
	 * Brings the index up to date with the project's documents (re-reading what other programs
	 * changed), rebuilding it when it is missing, damaged or made with other folding tables.
	 *
	 * @param monitor progress and cancel, may be {@code null}
	 * @return what was done
	 * @throws org.eclipse.core.runtime.OperationCanceledException if cancelled; what was indexed
	 *             before is kept
	 */
	public synchronized UpdateReport update(IProgressMonitor monitor) throws IOException {
		project.refresh();
		return index.update(searchText(), fingerprint(), monitor);
	}

	/** @return whether {@link #update} would find nothing to do (a cheap check, no project refresh) */
	public synchronized boolean isCurrent() {
		try {
			return index.isCurrent(fingerprint());
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * Finds every occurrence of {@code query}, after bringing the index up to date with the project's
	 * documents as this program last read them (no refresh: see {@link #update}).
	 *
	 * @param limit the most hits to return (total still counts all), at least 0
	 * @param context code points of context each side
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws IllegalArgumentException when the query is malformed (the message says how)
	 */
	public synchronized SearchResult search(SearchQuery query, int limit, int context, IProgressMonitor monitor)
			throws IOException {
		// the project as this program last read it: re-reading 2,000 document.json stamps would cost
		// a search more than the search itself; the workbench refreshes its projects every 3 s and
		// a command opens the project afresh, and update() refreshes first
		index.update(searchText(), fingerprint(), monitor);
		Map<String, Integer> order = new HashMap<>();
		Map<String, Document> documents = new HashMap<>();
		List<Document> all = project.documents();
		for (int i = 0; i < all.size(); i++) {
			order.put(all.get(i).id(), i);
			documents.put(all.get(i).id(), all.get(i));
		}
		try {
			return new Searcher(project, searchText(), index.reader()).search(query, order, documents, limit, context,
					monitor);
		} catch (org.apache.lucene.index.CorruptIndexException | java.nio.file.NoSuchFileException
				| java.io.EOFException damaged) {
			index.rebuild(searchText(), fingerprint(), monitor);
			return new Searcher(project, searchText(), index.reader()).search(query, order, documents, limit, context,
					monitor);
		}
	}

	/** Closes the index files; the object may be used again (it reopens them). */
	@Override
	public synchronized void close() {
		index.close();
	}

	private SearchText searchText() throws IOException {
		return new SearchText(project.normalization().normalizer(ScriptTarget.SIMPLIFIED));
	}

	/** @return what the index must have been built with: the schema and the project's look-alike table */
	private String fingerprint() throws IOException {
		Path table = project.normalization().lookalikesFile();
		String tables = Files.isRegularFile(table) ? Integer.toHexString(Files.readString(table).hashCode()) : "-"; //$NON-NLS-1$
		return IndexUpdate.SCHEMA + ":" + tables; //$NON-NLS-1$
	}
}
