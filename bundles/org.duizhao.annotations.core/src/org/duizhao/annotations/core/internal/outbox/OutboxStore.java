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
 * Every edit carries an operation id made here; the server records it in the edit's own transaction
 * under a unique key. An edit whose commit was not acknowledged (the connection dropped after
 * COMMIT) is queued with the same id, and the push finds it already applied instead of applying it
 * twice.
 * <p>
 * Reads go to the server while it answers and to the working copy's {@link ReadCache} while it does
 * not: the last known state plus the edits waiting in the outbox. The cache is copied from the server
 * when the store connects, after each push, and (while listeners are registered) shortly after
 * another member's change; this store's own edits are written through to it.
 * <p>
 * The code system, members and whole-store transactions stay online only (owners change them rarely,
 * and a code system edited in two places cannot be merged edit by edit).
 */
public final class OutboxStore implements AnnotationStore {

	/** The row version of a record that is queued, not yet on the server. */
	public static final long QUEUED = -1;
	/** How the id of a record made offline starts. */
	public static final String LOCAL_PREFIX = "outbox-"; //$NON-NLS-1$
	/** The outbox file, relative to the working copy. */
	public static final String FILE = ".duizhao/outbox.db"; //$NON-NLS-1$
	private static final System.Logger LOG = System.getLogger(OutboxStore.class.getName());
	/**
	 * How long after another member's change the cache is copied at the earliest (changes in a burst
	 * are copied once); at least twice as long as the last copy took, so that copying a large project
	 * never takes more than a third of the time.
	 */
	private static final long REFRESH_DELAY_MS = 500;

	/** Opens the server store; throws {@link StoreUnavailableException} when it cannot be reached. */
	@FunctionalInterface
	public interface Opener {
		/** @return the server store, connected */
		AnnotationStore open() throws StoreException;
	}

	/** What a push did. */
	public record PushResult(int pushed, int conflicts, int waiting) {
	}

	/** Runs between the server's commit of a pushed edit and the outbox forgetting it (tests: a lost acknowledgment). */
	@FunctionalInterface
	public interface CommitHook {
		/** Called with the edit just committed on the server. */
		void committed(Outbox.Edit edit) throws StoreException;
	}

	private final Opener opener;
	private final Outbox outbox;
	private final ReadCache cache;
	private final Gson gson = OutboxJson.gson();
	private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
	private final String description;
	private final StoreListener refresher = this::heard;
	private final java.util.concurrent.ScheduledExecutorService refreshes;
	private final java.util.concurrent.atomic.AtomicBoolean refreshScheduled = new java.util.concurrent.atomic.AtomicBoolean();
	private AnnotationStore server;
	private volatile long lastCopyMs;
	private volatile CommitHook commitHook = e -> {
	};

	private OutboxStore(Opener opener, Outbox outbox, ReadCache cache, String description) {
		this.opener = opener;
		this.outbox = outbox;
		this.cache = cache;
		this.description = description;
		this.refreshes = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "Duizhao read cache " + description); //$NON-NLS-1$
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * Opens the working copy's outbox and tries the server. An unreachable server is not an error
	 * (the store starts offline); a refused login or a broken schema is.
	 *
	 * @param workingCopy the working copy folder (the outbox lives in {@value #FILE})
	 */
	public static OutboxStore open(Path workingCopy, Opener opener, String description) throws StoreException {
		Outbox outbox = Outbox.open(workingCopy.resolve(FILE));
		ReadCache cache;
		try {
			cache = ReadCache.open(workingCopy);
		} catch (StoreException | RuntimeException e) {
			outbox.close();
			throw e;
		}
		OutboxStore store = new OutboxStore(opener, outbox, cache, description);
		try {
			store.server();
		} catch (StoreUnavailableException e) {
			// offline from the start: edits are queued, reads answer from the cache
		} catch (StoreException | RuntimeException e) {
			store.close();
			throw e;
		}
		return store;
	}

	/** Connects if needed; a new connection first brings the read cache up to date. */
	private synchronized AnnotationStore server() throws StoreException {
		if (server == null) {
			AnnotationStore s = opener.open();
			server = s;
			listeners.forEach(s::addListener);
			if (!listeners.isEmpty()) {
				s.addListener(refresher);
			}
			if (outbox.pending() == 0) {
				refreshCache(s);
			}
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

	/** Copies the server into the read cache if it changed; a failure leaves the old cache. */
	private void refreshCache(AnnotationStore s) {
		try {
			long start = System.nanoTime();
			if (cache.refresh(s, outbox)) {
				lastCopyMs = (System.nanoTime() - start) / 1_000_000;
			}
		} catch (StoreException | RuntimeException e) {
			LOG.log(System.Logger.Level.WARNING, "read cache not refreshed", e); //$NON-NLS-1$
		}
	}

	/** Another member changed something: copy the cache shortly (once for a burst of changes). */
	private void heard(org.duizhao.annotations.core.StoreChange change) {
		if (change.external() && refreshScheduled.compareAndSet(false, true)) {
			try {
				refreshes.schedule(() -> {
					refreshScheduled.set(false);
					AnnotationStore s = serverIfConnected().orElse(null);
					if (s != null) {
						refreshCache(s);
					}
				}, Math.max(REFRESH_DELAY_MS, 2 * lastCopyMs), java.util.concurrent.TimeUnit.MILLISECONDS);
			} catch (java.util.concurrent.RejectedExecutionException e) {
				refreshScheduled.set(false); // closing
			}
		}
	}

	/** @return the read cache of this working copy */
	public ReadCache cache() {
		return cache;
	}

	/**
	 * @return whether the server answered the last call (an edit now goes to the server, not to the
	 *         outbox)
	 */
	public synchronized boolean isOnline() {
		if (server instanceof org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore pg) {
			return pg.isOnline();
		}
		return server != null;
	}

	/** Sets what runs between a pushed edit's commit and its removal from the outbox (tests). */
	public void setCommitHook(CommitHook hook) {
		this.commitHook = hook == null ? e -> {
		} : hook;
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
		AnnotationStore s = server();
		PushResult result = push(s);
		return result;
	}

	private PushResult push(AnnotationStore s) throws StoreException {
		int pushed = 0;
		int conflicts = 0;
		Map<String, Long> versions = new HashMap<>();
		for (Outbox.Edit edit : outbox.edits()) {
			try {
				pushOne(s, edit, versions);
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
		refreshCache(s);
		return new PushResult(pushed, conflicts, outbox.pending());
	}

	/**
	 * Applies one queued edit unless the server recorded its operation already (its commit went
	 * through but the acknowledgment was lost); either way a record it made gets its server id.
	 */
	private void pushOne(AnnotationStore s, Outbox.Edit edit, Map<String, Long> versions) throws StoreException {
		Optional<String> done = edit.op() != null && s instanceof org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore pg
				? pg.appliedOperation(edit.op())
				: Optional.empty();
		String made = done.isPresent() ? done.get() : OutboxReplay.idOf(applyOnce(s, edit.kind(), edit.payload(), edit.op(), versions));
		if (OutboxReplay.creates(edit.kind()) && made != null && !made.isEmpty()) {
			outbox.mapId(OutboxReplay.localId(gson, edit.kind(), edit.payload()), made);
		}
		commitHook.committed(edit);
	}

	/**
	 * Applies an edit and records its operation id in one server transaction.
	 *
	 * @return the record as stored, or {@code null} for a deletion
	 */
	private Object applyOnce(AnnotationStore s, String kind, String payload, String op, Map<String, Long> versions)
			throws StoreException {
		OutboxReplay replay = new OutboxReplay(s, outbox, gson, versions);
		if (op == null || !(s instanceof org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore pg)) {
			return replay.apply(kind, payload);
		}
		return s.inTransaction(tx -> {
			Object stored = replay.apply(kind, payload);
			pg.recordOperation(op, OutboxReplay.idOf(stored));
			return stored;
		});
	}

	/**
	 * Makes an edit: on the server if it answers (and then in the cache too), else in the outbox (and
	 * in the cache, as pending). A failure after the server's commit queues the edit with the same
	 * operation id, so the next push does not apply it twice.
	 *
	 * @return the record as stored, or {@code null} when the edit was queued
	 */
	private Object edit(String kind, Object payload) throws StoreException {
		String json = gson.toJson(payload);
		String op = Outbox.newOperation();
		Object stored;
		try {
			synchronized (this) {
				stored = applyOnce(online(), kind, json, op, new HashMap<>());
			}
		} catch (StoreUnavailableException e) {
			cache.queue(outbox, kind, json, op);
			return null;
		}
		writeThrough(kind, payload, stored);
		return stored;
	}

	private void writeThrough(String kind, Object payload, Object stored) {
		try {
			if (stored != null) {
				cache.stored(List.of(stored));
			} else if (payload instanceof OutboxReplay.Deletion d) {
				cache.deleted(kind, outbox.serverId(d.id()));
			}
		} catch (StoreException | RuntimeException e) {
			LOG.log(System.Logger.Level.WARNING, "read cache not updated", e); //$NON-NLS-1$
			invalidateCache();
		}
	}

	private void invalidateCache() {
		try {
			cache.invalidate();
		} catch (StoreException e) {
			LOG.log(System.Logger.Level.WARNING, "read cache not invalidated", e); //$NON-NLS-1$
		}
	}

	/** Work on the server that the cache cannot follow row by row: the cache is copied afterwards. */
	private <T> T thenRefresh(T result) {
		serverIfConnected().ifPresent(this::refreshCache);
		return result;
	}

	private <T> T cached(T result) {
		try {
			cache.stored(result instanceof List<?> list ? list : List.of(result));
		} catch (StoreException | RuntimeException e) {
			LOG.log(System.Logger.Level.WARNING, "read cache not updated", e); //$NON-NLS-1$
			invalidateCache();
		}
		return result;
	}

	/** A read of the server. */
	@FunctionalInterface
	private interface Read<T> {
		T from(AnnotationStore store) throws StoreException;
	}

	/** @return what the server answers, or while it is away what the read cache holds */
	private <T> T read(Read<T> read) throws StoreException {
		AnnotationStore s;
		try {
			s = online();
		} catch (StoreUnavailableException e) {
			return read.from(cache.reader());
		}
		try {
			return read.from(s);
		} catch (StoreUnavailableException e) {
			return read.from(cache.reader());
		}
	}

	// --- queued writes -------------------------------------------------------------------------

	@Override
	public Annotation addAnnotation(NewAnnotation a) throws StoreException {
		Instant now = Instant.now();
		Annotation queued = new Annotation(LOCAL_PREFIX + UUID.randomUUID(), a.documentId(), a.version(), a.start(),
				a.end(), a.quote(), a.codeIds(), a.memo(), a.coder(), now, now, null, QUEUED);
		Object stored = edit(OutboxReplay.ADD_ANNOTATION, queued);
		return stored == null ? queued : (Annotation) stored;
	}

	@Override
	public List<Annotation> addAnnotations(List<NewAnnotation> annotations, IProgressMonitor monitor)
			throws StoreException {
		return cached(online().addAnnotations(annotations, monitor));
	}

	@Override
	public Annotation updateAnnotation(Annotation a) throws StoreException {
		Object stored = edit(OutboxReplay.UPDATE_ANNOTATION, a);
		return stored != null ? (Annotation) stored
				: new Annotation(a.id(), a.documentId(), a.version(), a.start(), a.end(), a.quote(), a.codeIds(),
						a.memo(), a.coder(), a.created(), Instant.now(), a.anchoring(), QUEUED);
	}

	@Override
	public List<Annotation> updateAnnotations(List<Annotation> annotations) throws StoreException {
		return cached(online().updateAnnotations(annotations));
	}

	@Override
	public void deleteAnnotation(String id, long rowVersion) throws StoreException {
		edit(OutboxReplay.DELETE_ANNOTATION, new OutboxReplay.Deletion(id, rowVersion));
	}

	@Override
	public Memo createMemo(String documentId, String title, String text, String author) throws StoreException {
		Instant now = Instant.now();
		Memo queued = new Memo(LOCAL_PREFIX + UUID.randomUUID(), documentId, title, text, author, now, now, QUEUED);
		Object stored = edit(OutboxReplay.CREATE_MEMO, queued);
		return stored == null ? queued : (Memo) stored;
	}

	@Override
	public Memo updateMemo(Memo memo) throws StoreException {
		Object stored = edit(OutboxReplay.UPDATE_MEMO, memo);
		return stored != null ? (Memo) stored
				: new Memo(memo.id(), memo.documentId(), memo.title(), memo.text(), memo.author(), memo.created(),
						Instant.now(), QUEUED);
	}

	@Override
	public void deleteMemo(String id, long rowVersion) throws StoreException {
		edit(OutboxReplay.DELETE_MEMO, new OutboxReplay.Deletion(id, rowVersion));
	}

	@Override
	public Link createLink(String fromId, String toId, String type, String memo, String author) throws StoreException {
		Link queued = new Link(LOCAL_PREFIX + UUID.randomUUID(), fromId, toId, type, memo, author, Instant.now(),
				QUEUED);
		Object stored = edit(OutboxReplay.CREATE_LINK, queued);
		return stored == null ? queued : (Link) stored;
	}

	@Override
	public void deleteLink(String id, long rowVersion) throws StoreException {
		edit(OutboxReplay.DELETE_LINK, new OutboxReplay.Deletion(id, rowVersion));
	}

	// --- code system: online only ------------------------------------------------------------------

	@Override
	public Code createCode(String parentId, String name, String color, String description, String shortcut)
			throws StoreException {
		return cached(online().createCode(parentId, name, color, description, shortcut));
	}

	@Override
	public Annotation restoreAnnotation(Annotation annotation) throws StoreException {
		return cached(online().restoreAnnotation(annotation));
	}

	@Override
	public Code restoreCode(Code code) throws StoreException {
		return cached(online().restoreCode(code));
	}

	@Override
	public Code updateCode(Code code) throws StoreException {
		return thenRefresh(online().updateCode(code));
	}

	@Override
	public void deleteCode(String codeId, long rowVersion) throws StoreException {
		online().deleteCode(codeId, rowVersion);
		thenRefresh(null);
	}

	@Override
	public void mergeCodes(String sourceId, long sourceRowVersion, String targetId) throws StoreException {
		online().mergeCodes(sourceId, sourceRowVersion, targetId);
		thenRefresh(null);
	}

	@Override
	public void setLinkTypes(List<String> types) throws StoreException {
		online().setLinkTypes(types);
		thenRefresh(null);
	}

	@Override
	public <T> T inTransaction(StoreWork<T> work) throws StoreException {
		return thenRefresh(online().inTransaction(work));
	}

	// --- reads: the server, or while it is away the read cache ------------------------------------

	@Override
	public List<Code> codes() throws StoreException {
		return read(AnnotationStore::codes);
	}

	@Override
	public CodeUsage usage(String codeId) throws StoreException {
		return read(s -> s.usage(codeId));
	}

	@Override
	public Optional<Annotation> annotation(String id) throws StoreException {
		return read(s -> {
			Optional<Annotation> hit = s.annotation(outbox.serverId(id));
			return hit.isPresent() ? hit : s.annotation(id);
		});
	}

	@Override
	public List<Annotation> annotations(AnnotationQuery query) throws StoreException {
		return read(s -> s.annotations(query));
	}

	@Override
	public Map<String, Integer> codeCounts() throws StoreException {
		return read(AnnotationStore::codeCounts);
	}

	@Override
	public List<String> coders() throws StoreException {
		return read(AnnotationStore::coders);
	}

	@Override
	public List<Memo> memos(String documentId) throws StoreException {
		return read(s -> s.memos(documentId));
	}

	@Override
	public List<Memo> allMemos() throws StoreException {
		return read(AnnotationStore::allMemos);
	}

	@Override
	public List<String> linkTypes() throws StoreException {
		return read(AnnotationStore::linkTypes);
	}

	@Override
	public List<Link> links() throws StoreException {
		return read(AnnotationStore::links);
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
				server.addListener(refresher);
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
		refreshes.shutdownNow();
		try {
			if (server != null) {
				server.close();
			}
		} finally {
			try {
				outbox.close();
			} finally {
				cache.close();
			}
		}
	}
}
