package org.duizhao.annotations.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Where a project's code system, annotations, memos and links live. One interface, several
 * backends: the embedded SQLite file in the project folder (the default) and, for shared projects,
 * a PostgreSQL server. The same contract test suite runs against every backend.
 * <p>
 * Every method is one transaction: it either happens whole or not at all. Writes name the
 * {@code rowVersion} they read; when the record has changed since, the write throws
 * {@link ConflictException} and changes nothing (optimistic locking, never a silent overwrite).
 * Implementations are thread-safe and tell {@link StoreListener}s of every committed change.
 */
public interface AnnotationStore extends AutoCloseable {

	// --- code system -------------------------------------------------------------------------

	/** @return every code, in no particular order (see {@link CodeTree}) */
	List<Code> codes() throws StoreException;

	/**
	 * Makes a code.
	 *
	 * @param parentId the parent, or {@code null} for a top-level code
	 * @param name unique among its siblings
	 * @param color {@code #rrggbb}, or {@code null} for the next palette colour
	 * @return the new code (last among its siblings)
	 * @throws StoreException if a sibling has that name or the parent does not exist
	 */
	Code createCode(String parentId, String name, String color, String description, String shortcut)
			throws StoreException;

	/**
	 * Writes a changed code: rename, recolour, describe, shortcut, or move (another parent or
	 * position). Moving a code below itself is refused.
	 *
	 * @return the code as stored (with its new row version)
	 */
	Code updateCode(Code code) throws StoreException;

	/**
	 * Makes a code again with the id, parent, name, colour, description, shortcut and position it
	 * had: undoing its deletion or merge keeps the id that annotations, exports and other clients
	 * know it by. The parent must exist (restore parents first).
	 *
	 * @param code the code as it was (its row version is ignored)
	 * @return the code as stored, at row version 1
	 * @throws StoreException if a code with that id exists, the parent does not, or a sibling has
	 *         the name
	 */
	Code restoreCode(Code code) throws StoreException;

	/** @return what deleting or merging the code would affect */
	CodeUsage usage(String codeId) throws StoreException;

	/**
	 * Deletes a code and its sub-codes; annotations lose those codes (an annotation left without
	 * codes stays, as a plain passage).
	 */
	void deleteCode(String codeId, long rowVersion) throws StoreException;

	/**
	 * Merges {@code sourceId} into {@code targetId}: every annotation of the source gets the target
	 * instead, the source's sub-codes move under the target, and the source is deleted.
	 */
	void mergeCodes(String sourceId, long sourceRowVersion, String targetId) throws StoreException;

	// --- annotations -------------------------------------------------------------------------

	/** @return the new annotation */
	Annotation addAnnotation(NewAnnotation annotation) throws StoreException;

	/**
	 * Adds many annotations in one transaction (imports, benchmarks).
	 *
	 * @param monitor progress and cancel; may be {@code null}. A cancelled call adds nothing.
	 * @return the new annotations in the order given
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	List<Annotation> addAnnotations(List<NewAnnotation> annotations, IProgressMonitor monitor) throws StoreException;

	/**
	 * Writes a changed annotation (codes, memo, or position after re-anchoring / re-attaching).
	 *
	 * @return the annotation as stored
	 */
	Annotation updateAnnotation(Annotation annotation) throws StoreException;

	/** Writes many changed annotations in one transaction (re-anchoring a document). */
	List<Annotation> updateAnnotations(List<Annotation> annotations) throws StoreException;

	/**
	 * Makes an annotation again with the id, position, quote, codes, memo, coder, times and
	 * anchoring it had: undoing its deletion keeps the id that links, exports and other clients
	 * know it by.
	 *
	 * @param annotation the annotation as it was (its row version is ignored)
	 * @return the annotation as stored, at row version 1
	 * @throws StoreException if an annotation with that id exists or one of its codes does not
	 */
	Annotation restoreAnnotation(Annotation annotation) throws StoreException;

	/** Deletes an annotation and the links that use it. */
	void deleteAnnotation(String id, long rowVersion) throws StoreException;

	/** @return the annotation with {@code id} */
	Optional<Annotation> annotation(String id) throws StoreException;

	/** @return the annotations that match, ordered by document, start, end */
	List<Annotation> annotations(AnnotationQuery query) throws StoreException;

	/** @return per code id, how many annotations carry the code itself (not its sub-codes) */
	Map<String, Integer> codeCounts() throws StoreException;

	/** @return the coders who made at least one annotation, sorted */
	List<String> coders() throws StoreException;

	// --- memos -------------------------------------------------------------------------------

	/**
	 * Makes a memo.
	 *
	 * @param documentId the document, or {@code null} for a project memo
	 */
	Memo createMemo(String documentId, String title, String text, String author) throws StoreException;

	/** @return the memo as stored */
	Memo updateMemo(Memo memo) throws StoreException;

	/** Deletes a memo. */
	void deleteMemo(String id, long rowVersion) throws StoreException;

	/**
	 * @param documentId a document, or {@code null} for the project memos
	 * @return its memos, oldest first
	 */
	List<Memo> memos(String documentId) throws StoreException;

	/** @return every memo, project memos first, then by document, oldest first */
	List<Memo> allMemos() throws StoreException;

	// --- links -------------------------------------------------------------------------------

	/** @return the link types, in order (a new store has {@link Link#DEFAULT_TYPES}) */
	List<String> linkTypes() throws StoreException;

	/** Replaces the list of link types; a type still used by a link cannot be removed. */
	void setLinkTypes(List<String> types) throws StoreException;

	/** @return the new link between two existing annotations */
	Link createLink(String fromId, String toId, String type, String memo, String author) throws StoreException;

	/** Deletes a link (its end annotations stay). */
	void deleteLink(String id, long rowVersion) throws StoreException;

	/** @return every link, oldest first */
	List<Link> links() throws StoreException;

	// --- whole store -------------------------------------------------------------------------

	/**
	 * Runs {@code work} as one transaction: it commits when {@code work} returns and rolls back
	 * everything when it throws (imports that must be all or nothing). Calls to this store from
	 * inside {@code work}, on the same thread, join the transaction; listeners hear of the changes
	 * after the commit.
	 */
	<T> T inTransaction(StoreWork<T> work) throws StoreException;

	/**
	 * Looks now for changes that another process or user committed since the last look (the CLI
	 * writing while the workbench is open) and, if there are any, tells the listeners with a
	 * {@link StoreChange} of kind {@link StoreChange.Kind#ALL} and {@code external} set. Stores also
	 * look on their own, on a daemon thread, about twice a second while listeners are registered;
	 * a UI may call this to catch up at once, e.g. when a view is activated.
	 *
	 * @return whether an external change was found
	 */
	boolean pollExternalChanges() throws StoreException;

	/**
	 * Registers a listener (no effect if already registered). Listeners are called after the
	 * change has been committed, never for work that was rolled back.
	 */
	void addListener(StoreListener listener);

	/** Removes a listener. */
	void removeListener(StoreListener listener);

	/** @return a short description for the user, e.g. the database file or the server */
	String describe();

	/** Releases the store; further calls fail. */
	@Override
	void close() throws StoreException;

	/** Work that runs inside one store transaction. */
	@FunctionalInterface
	interface StoreWork<T> {
		/** @return the result passed back by {@link AnnotationStore#inTransaction} */
		T run(AnnotationStore store) throws Exception;
	}
}
