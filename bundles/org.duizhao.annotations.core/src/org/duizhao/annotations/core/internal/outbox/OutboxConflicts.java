package org.duizhao.annotations.core.internal.outbox;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Conflicts;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.StoreException;

import com.google.gson.Gson;

/**
 * The conflicts an outbox push left, decoded for the Conflicts view, and their resolution through the
 * {@link Conflicts} rules. A resolution reads the record as the server holds it now, so an edit made
 * since the push is again a conflict rather than overwritten.
 */
public final class OutboxConflicts {

	/**
	 * One refused edit.
	 *
	 * @param mine the researcher's version ({@link Annotation} or {@link Memo} for an update, else the
	 *            queued record or deletion)
	 * @param theirs the server's version when the push met it, or {@code null} if it was deleted
	 */
	public record Pending(long id, String kind, Object mine, Object theirs) {
	}

	private final OutboxStore store;
	private final Gson gson = OutboxJson.gson();

	/** @param store the working copy's store */
	public OutboxConflicts(OutboxStore store) {
		this.store = store;
	}

	/** @return the conflicts to resolve, oldest first */
	public List<Pending> pending() throws StoreException {
		List<Pending> out = new ArrayList<>();
		for (Outbox.Conflict c : store.outbox().conflicts()) {
			Class<?> type = type(c.kind());
			out.add(new Pending(c.id(), c.kind(), gson.fromJson(c.mine(), type),
					c.theirs() == null ? null : gson.fromJson(c.theirs(), stored(c.kind()))));
		}
		return out;
	}

	/**
	 * Writes the researcher's version over the server's current one (an update), or does nothing
	 * more for other kinds of edit than {@link #takeTheirs}: a refused create or delete is not
	 * replayed blindly.
	 */
	public void keepMine(Pending conflict) throws StoreException {
		if (conflict.mine() instanceof Annotation queued) {
			Annotation mine = onServer(queued);
			Annotation theirs = store.annotation(mine.id()).orElse(null);
			if (theirs != null) {
				Conflicts.keepMine(store, mine, theirs);
			}
		} else if (conflict.mine() instanceof Memo mine) {
			Memo theirs = currentMemo(mine.id());
			if (theirs != null) {
				store.updateMemo(theirs.withText(mine.title(), mine.text()));
			}
		}
		store.outbox().resolved(conflict.id());
	}

	/** Drops the researcher's edit: the server's version stays. */
	public void takeTheirs(Pending conflict) throws StoreException {
		store.outbox().resolved(conflict.id());
	}

	/** Merges the memos (and, for a passage, the codes) of both versions into the server's current one. */
	public void mergeMemo(Pending conflict) throws StoreException {
		if (conflict.mine() instanceof Annotation mine) {
			Annotation theirs = store.annotation(mine.id()).orElse(null);
			if (theirs != null) {
				Conflicts.mergeMemo(store, mine, theirs);
			}
		} else if (conflict.mine() instanceof Memo mine) {
			Memo theirs = currentMemo(mine.id());
			if (theirs != null) {
				Conflicts.mergeMemo(store, mine, theirs);
			}
		}
		store.outbox().resolved(conflict.id());
	}

	private Memo currentMemo(String id) throws StoreException {
		String serverId = store.outbox().serverId(id);
		return store.allMemos().stream().filter(m -> m.id().equals(serverId)).findFirst().orElse(null);
	}

	private static Class<?> type(String kind) {
		return switch (kind) {
		case OutboxReplay.ADD_ANNOTATION, OutboxReplay.UPDATE_ANNOTATION -> Annotation.class;
		case OutboxReplay.CREATE_MEMO, OutboxReplay.UPDATE_MEMO -> Memo.class;
		case OutboxReplay.CREATE_LINK -> org.duizhao.annotations.core.Link.class;
		default -> OutboxReplay.Deletion.class;
		};
	}

	private static Class<?> stored(String kind) {
		if (kind.startsWith("annotation.")) { //$NON-NLS-1$
			return Annotation.class;
		}
		return kind.startsWith("memo.") ? Memo.class : org.duizhao.annotations.core.Link.class; //$NON-NLS-1$
	}

	private Annotation onServer(Annotation a) throws StoreException {
		String id = store.outbox().serverId(a.id());
		return new Annotation(id, a.documentId(), a.version(), a.start(), a.end(), a.quote(), a.codeIds(), a.memo(),
				a.coder(), a.created(), a.modified(), a.anchoring(), a.rowVersion());
	}
}
