package org.duizhao.annotations.core.internal.outbox;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeUsage;
import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.StoreListener;
import org.duizhao.annotations.core.StoreUnavailableException;
import org.eclipse.core.runtime.IProgressMonitor;

import com.google.gson.Gson;

/**
 * The store of a shared working copy that keeps working when the server cannot be reached. While the
 * server is away, every edit of annotations, memos and links goes to the {@link Outbox} and the call
 * returns what was queued: a record whose {@code rowVersion} is {@link #QUEUED} (and, for a new one,
 * an id starting with {@link #LOCAL_PREFIX}). The next call that reaches the server, or
 * {@link #push()}, first pushes the outbox in order, under the same rules as a live edit: an edit
 * whose row version is no longer current is not applied but kept, with the server's version, as an
 * {@link Outbox.Conflict}.
 * <p>
 * The code system, members and whole-store transactions stay online only (owners change them rarely,
 * and a code system edited in two places cannot be merged edit by edit). Reads need the server; while
 * it is away they fail with {@link StoreUnavailableException} (the working copy caches documents, not
 * annotations, yet).
 */
public final class OutboxStore implements AnnotationStore {

	/** The row version of a record that is queued, not yet on the server. */
	public static final long QUEUED = -1;
	/** How the id of a record made offline starts. */
	public static final String LOCAL_PREFIX = "outbox-"; //$NON-NLS-1$
	/** The outbox file, relative to the working copy. */
	public static final String FILE = ".duizhao/outbox.db"; //$NON-NLS-1$

	/** Opens the server store; throws {@link StoreUnavailableException} when it cannot be reached. */
	@FunctionalInterface
	public interface Opener {
		/** @return the server store, connected */
		AnnotationStore open() throws StoreException;
	}

	/** What a push did. */
	public record PushResult(int pushed, int conflicts, int waiting) {
	}

	private final Opener opener;
	private final Outbox outbox;
	private final Gson gson = OutboxJson.gson();
	private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
	private final String description;
	private AnnotationStore server;

	private OutboxStore(Opener opener, Outbox outbox, String description) {
		this.opener = opener;
		this.outbox = outbox;
		this.description = description;
	}

	/**
	 * Opens the working copy's outbox and tries the server. An unreachable server is not an error
	 * (the store starts offline); a refused login or a broken schema is.
	 *
	 * @param workingCopy the working copy folder (the outbox lives in {@value #FILE})
	 */
	public static OutboxStore open(Path workingCopy, Opener opener, String description) throws StoreException {
		OutboxStore store = new OutboxStore(opener, Outbox.open(workingCopy.resolve(FILE)), description);
		try {
			store.server();
		} catch (StoreUnavailableException e) {
			// offline from the start: edits are queued
		} catch (StoreException | RuntimeException e) {
			store.outbox.close();
			throw e;
		}
		return store;
	}

	private synchronized AnnotationStore server() throws StoreException {
		if (server == null) {
			server = opener.open();
			listeners.forEach(server::addListener);
		}
		return server;
	}

	/** @return the server store, pushing the outbox first; throws while the server is away */
	private synchronized AnnotationStore online() throws StoreException {
		AnnotationStore s = server();
		if (outbox.pending() > 0) {
			push(s);
		}
		return s;
	}

	/**
	 * @return the server store, connected now (and the outbox pushed first)
	 * @throws StoreUnavailableException while the server is away
	 */
	public AnnotationStore connected() throws StoreException {
		return online();
	}

	/** @return the underlying server store if connected now, else empty */
	public synchronized Optional<AnnotationStore> serverIfConnected() {
		return Optional.ofNullable(server);
	}

	/** @return the outbox (pending edits and conflicts) */
	public Outbox outbox() {
		return outbox;
	}

	/**
	 * Pushes the outbox now.
	 *
	 * @throws StoreUnavailableException when the server is still away (what was pushed stays pushed)
	 */
	public synchronized PushResult push() throws StoreException {
		return push(server());
	}

	private PushResult push(AnnotationStore s) throws StoreException {
		int pushed = 0;
		int conflicts = 0;
		Map<String, Long> versions = new HashMap<>();
		for (Outbox.Edit edit : outbox.edits()) {
			try {
				new OutboxReplay(s, outbox, gson, versions).apply(edit);
				outbox.done(edit.seq());
				pushed++;
			} catch (StoreUnavailableException e) {
				throw e;
			} catch (StoreException e) {
				Object theirs = e instanceof ConflictException c ? c.current() : null;
				outbox.conflict(edit, theirs == null ? null : gson.toJson(theirs));
				conflicts++;
			}
		}
		return new PushResult(pushed, conflicts, outbox.pending());
	}

	private void queue(String kind, Object payload) throws StoreException {
		outbox.queue(kind, gson.toJson(payload));
	}

	// --- queued writes -------------------------------------------------------------------------

	@Override
	public Annotation addAnnotation(NewAnnotation a) throws StoreException {
		try {
			return online().addAnnotation(a);
		} catch (StoreUnavailableException e) {
			Instant now = Instant.now();
			Annotation queued = new Annotation(LOCAL_PREFIX + UUID.randomUUID(), a.documentId(), a.version(), a.start(),
					a.end(), a.quote(), a.codeIds(), a.memo(), a.coder(), now, now, null, QUEUED);
			queue(OutboxReplay.ADD_ANNOTATION, queued);
			return queued;
		}
	}

	@Override
	public List<Annotation> addAnnotations(List<NewAnnotation> annotations, IProgressMonitor monitor)
			throws StoreException {
		return online().addAnnotations(annotations, monitor);
	}

	@Override
	public Annotation updateAnnotation(Annotation a) throws StoreException {
		try {
			return online().updateAnnotation(a);
		} catch (StoreUnavailableException e) {
			queue(OutboxReplay.UPDATE_ANNOTATION, a);
			return new Annotation(a.id(), a.documentId(), a.version(), a.start(), a.end(), a.quote(), a.codeIds(),
					a.memo(), a.coder(), a.created(), Instant.now(), a.anchoring(), QUEUED);
		}
	}

	@Override
	public List<Annotation> updateAnnotations(List<Annotation> annotations) throws StoreException {
		return online().updateAnnotations(annotations);
	}

	@Override
	public void deleteAnnotation(String id, long rowVersion) throws StoreException {
		try {
			online().deleteAnnotation(id, rowVersion);
		} catch (StoreUnavailableException e) {
			queue(OutboxReplay.DELETE_ANNOTATION, new OutboxReplay.Deletion(id, rowVersion));
		}
	}

	@Override
	public Memo createMemo(String documentId, String title, String text, String author) throws StoreException {
		try {
			return online().createMemo(documentId, title, text, author);
		} catch (StoreUnavailableException e) {
			Instant now = Instant.now();
			Memo queued = new Memo(LOCAL_PREFIX + UUID.randomUUID(), documentId, title, text, author, now, now, QUEUED);
			queue(OutboxReplay.CREATE_MEMO, queued);
			return queued;
		}
	}

	@Override
	public Memo updateMemo(Memo memo) throws StoreException {
		try {
			return online().updateMemo(memo);
		} catch (StoreUnavailableException e) {
			queue(OutboxReplay.UPDATE_MEMO, memo);
			return new Memo(memo.id(), memo.documentId(), memo.title(), memo.text(), memo.author(), memo.created(),
					Instant.now(), QUEUED);
		}
	}

	@Override
	public void deleteMemo(String id, long rowVersion) throws StoreException {
		try {
			online().deleteMemo(id, rowVersion);
		} catch (StoreUnavailableException e) {
			queue(OutboxReplay.DELETE_MEMO, new OutboxReplay.Deletion(id, rowVersion));
		}
	}

	@Override
	public Link createLink(String fromId, String toId, String type, String memo, String author) throws StoreException {
		try {
			return online().createLink(fromId, toId, type, memo, author);
		} catch (StoreUnavailableException e) {
			Link queued = new Link(LOCAL_PREFIX + UUID.randomUUID(), fromId, toId, type, memo, author, Instant.now(),
					QUEUED);
			queue(OutboxReplay.CREATE_LINK, queued);
			return queued;
		}
	}

	@Override
	public void deleteLink(String id, long rowVersion) throws StoreException {
		try {
			online().deleteLink(id, rowVersion);
		} catch (StoreUnavailableException e) {
			queue(OutboxReplay.DELETE_LINK, new OutboxReplay.Deletion(id, rowVersion));
		}
	}

	// --- online only -----------------------------------------------------------------------------

	@Override
	public List<Code> codes() throws StoreException {
		return online().codes();
	}

	@Override
	public Code createCode(String parentId, String name, String color, String description, String shortcut)
			throws StoreException {
		return online().createCode(parentId, name, color, description, shortcut);
	}

	@Override
	public Code updateCode(Code code) throws StoreException {
		return online().updateCode(code);
	}

	@Override
	public CodeUsage usage(String codeId) throws StoreException {
		return online().usage(codeId);
	}

	@Override
	public void deleteCode(String codeId, long rowVersion) throws StoreException {
		online().deleteCode(codeId, rowVersion);
	}

	@Override
	public void mergeCodes(String sourceId, long sourceRowVersion, String targetId) throws StoreException {
		online().mergeCodes(sourceId, sourceRowVersion, targetId);
	}

	@Override
	public Optional<Annotation> annotation(String id) throws StoreException {
		return online().annotation(outbox.serverId(id));
	}

	@Override
	public List<Annotation> annotations(AnnotationQuery query) throws StoreException {
		return online().annotations(query);
	}

	@Override
	public Map<String, Integer> codeCounts() throws StoreException {
		return online().codeCounts();
	}

	@Override
	public List<String> coders() throws StoreException {
		return online().coders();
	}

	@Override
	public List<Memo> memos(String documentId) throws StoreException {
		return online().memos(documentId);
	}

	@Override
	public List<Memo> allMemos() throws StoreException {
		return online().allMemos();
	}

	@Override
	public List<String> linkTypes() throws StoreException {
		return online().linkTypes();
	}

	@Override
	public void setLinkTypes(List<String> types) throws StoreException {
		online().setLinkTypes(types);
	}

	@Override
	public List<Link> links() throws StoreException {
		return online().links();
	}

	@Override
	public <T> T inTransaction(StoreWork<T> work) throws StoreException {
		return online().inTransaction(work);
	}

	@Override
	public boolean pollExternalChanges() throws StoreException {
		try {
			return online().pollExternalChanges();
		} catch (StoreUnavailableException e) {
			return false;
		}
	}

	@Override
	public synchronized void addListener(StoreListener listener) {
		if (!listeners.contains(listener)) {
			listeners.add(listener);
			if (server != null) {
				server.addListener(listener);
			}
		}
	}

	@Override
	public synchronized void removeListener(StoreListener listener) {
		listeners.remove(listener);
		if (server != null) {
			server.removeListener(listener);
		}
	}

	@Override
	public String describe() {
		return description;
	}

	@Override
	public synchronized void close() throws StoreException {
		try {
			if (server != null) {
				server.close();
			}
		} finally {
			outbox.close();
		}
	}
}
