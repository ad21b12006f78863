package org.duizhao.annotations.core.internal.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreException;

import com.google.gson.Gson;

/**
 * Applies one edit (queued, or being made online) to the server. Ids of records made offline become
 * the server's ids (the caller keeps them in the outbox, so a later queued edit of the same record
 * finds it). An edit that names
 * {@link OutboxStore#QUEUED} follows an earlier queued edit of the same record and takes the row
 * version that edit produced; any other row version is sent as it was read, so a record someone
 * else changed meanwhile is refused as a conflict.
 */
final class OutboxReplay {

	static final String ADD_ANNOTATION = "annotation.add"; //$NON-NLS-1$
	static final String UPDATE_ANNOTATION = "annotation.update"; //$NON-NLS-1$
	static final String DELETE_ANNOTATION = "annotation.delete"; //$NON-NLS-1$
	static final String CREATE_MEMO = "memo.create"; //$NON-NLS-1$
	static final String UPDATE_MEMO = "memo.update"; //$NON-NLS-1$
	static final String DELETE_MEMO = "memo.delete"; //$NON-NLS-1$
	static final String CREATE_LINK = "link.create"; //$NON-NLS-1$
	static final String DELETE_LINK = "link.delete"; //$NON-NLS-1$

	/** A queued deletion. */
	record Deletion(String id, long rowVersion) {
	}

	private final AnnotationStore server;
	private final Outbox outbox;
	private final Gson gson;
	/** Row versions produced by this push, by server id. */
	private final Map<String, Long> versions;

	OutboxReplay(AnnotationStore server, Outbox outbox, Gson gson, Map<String, Long> versions) {
		this.server = server;
		this.outbox = outbox;
		this.gson = gson;
		this.versions = versions;
	}

	/**
	 * Applies an edit to the server.
	 *
	 * @return the record as the server stored it ({@link Annotation}, {@link Memo} or {@link Link}),
	 *         or {@code null} for a deletion
	 */
	Object apply(String kind, String payload) throws StoreException {
		return switch (kind) {
		case ADD_ANNOTATION -> addAnnotation(gson.fromJson(payload, Annotation.class));
		case UPDATE_ANNOTATION -> updateAnnotation(gson.fromJson(payload, Annotation.class));
		case DELETE_ANNOTATION -> {
			Deletion d = gson.fromJson(payload, Deletion.class);
			String id = outbox.serverId(d.id());
			server.deleteAnnotation(id, version(id, d.rowVersion(), true));
			yield null;
		}
		case CREATE_MEMO -> createMemo(gson.fromJson(payload, Memo.class));
		case UPDATE_MEMO -> updateMemo(gson.fromJson(payload, Memo.class));
		case DELETE_MEMO -> {
			Deletion d = gson.fromJson(payload, Deletion.class);
			String id = outbox.serverId(d.id());
			server.deleteMemo(id, version(id, d.rowVersion(), false));
			yield null;
		}
		case CREATE_LINK -> createLink(gson.fromJson(payload, Link.class));
		case DELETE_LINK -> {
			Deletion d = gson.fromJson(payload, Deletion.class);
			String id = outbox.serverId(d.id());
			long v = d.rowVersion() == OutboxStore.QUEUED ? linkVersion(id) : d.rowVersion();
			server.deleteLink(id, v);
			yield null;
		}
		default -> throw new StoreException("unknown queued edit " + kind); //$NON-NLS-1$
		};
	}

	/** @return whether {@code kind} makes a new record (whose local id maps to the server's) */
	static boolean creates(String kind) {
		return ADD_ANNOTATION.equals(kind) || CREATE_MEMO.equals(kind) || CREATE_LINK.equals(kind);
	}

	/** @return the id a queued creation gave its record locally */
	static String localId(Gson gson, String kind, String payload) {
		return switch (kind) {
		case ADD_ANNOTATION -> gson.fromJson(payload, Annotation.class).id();
		case CREATE_MEMO -> gson.fromJson(payload, Memo.class).id();
		default -> gson.fromJson(payload, Link.class).id();
		};
	}

	/** @return the id of a stored record, or {@code null} */
	static String idOf(Object stored) {
		if (stored instanceof Annotation a) {
			return a.id();
		}
		if (stored instanceof Memo m) {
			return m.id();
		}
		return stored instanceof Link l ? l.id() : null;
	}

	private Annotation addAnnotation(Annotation a) throws StoreException {
		Annotation added = server.addAnnotation(new NewAnnotation(a.documentId(), a.version(), a.start(), a.end(),
				a.quote(), new ArrayList<>(a.codeIds()), a.memo(), a.coder()));
		versions.put(added.id(), added.rowVersion());
		return added;
	}

	private Annotation updateAnnotation(Annotation a) throws StoreException {
		String id = outbox.serverId(a.id());
		Annotation stored = server.updateAnnotation(new Annotation(id, a.documentId(), a.version(), a.start(), a.end(),
				a.quote(), a.codeIds(), a.memo(), a.coder(), a.created(), a.modified(), a.anchoring(),
				version(id, a.rowVersion(), true)));
		versions.put(id, stored.rowVersion());
		return stored;
	}

	private Memo createMemo(Memo m) throws StoreException {
		Memo made = server.createMemo(m.documentId(), m.title(), m.text(), m.author());
		versions.put(made.id(), made.rowVersion());
		return made;
	}

	private Memo updateMemo(Memo m) throws StoreException {
		String id = outbox.serverId(m.id());
		Memo stored = server.updateMemo(new Memo(id, m.documentId(), m.title(), m.text(), m.author(), m.created(),
				m.modified(), version(id, m.rowVersion(), false)));
		versions.put(id, stored.rowVersion());
		return stored;
	}

	private Link createLink(Link l) throws StoreException {
		Link made = server.createLink(outbox.serverId(l.fromId()), outbox.serverId(l.toId()), l.type(), l.memo(),
				l.author());
		versions.put(made.id(), made.rowVersion());
		return made;
	}

	/**
	 * @return the row version to send: as read, or, for an edit that follows a queued one, the version
	 *         that edit left (this push), else the server's current one (the earlier edit was pushed
	 *         by an earlier push, so nobody else's change is hidden by reading it now)
	 */
	private long version(String id, long named, boolean annotation) throws StoreException {
		if (named != OutboxStore.QUEUED) {
			return named;
		}
		Long mine = versions.get(id);
		if (mine != null) {
			return mine;
		}
		if (annotation) {
			return server.annotation(id).map(Annotation::rowVersion).orElse(0L);
		}
		List<Memo> all = server.allMemos();
		return all.stream().filter(m -> m.id().equals(id)).mapToLong(Memo::rowVersion).findFirst().orElse(0L);
	}

	private long linkVersion(String id) throws StoreException {
		Long mine = versions.get(id);
		if (mine != null) {
			return mine;
		}
		return server.links().stream().filter(l -> l.id().equals(id)).mapToLong(Link::rowVersion).findFirst()
				.orElse(0L);
	}
}
