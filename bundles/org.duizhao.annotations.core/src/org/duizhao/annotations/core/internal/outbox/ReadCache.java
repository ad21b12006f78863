package org.duizhao.annotations.core.internal.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.core.internal.pg.TableCopy;
import org.duizhao.annotations.core.internal.sql.Sql;
import org.duizhao.annotations.core.internal.sqlite.SqliteAnnotationStore;

import com.google.gson.Gson;

/**
 * The read cache of a shared working copy: the code system, annotations, memos and links as the
 * server last showed them, plus the edits waiting in the outbox, in a SQLite file of the embedded
 * store's schema ({@value #FILE}). While the server cannot be reached, reads answer from here, so the
 * workbench and the command line show the last known state with their own pending edits.
 * <p>
 * It is copied whole from the server when the server's contents differ from those last copied (a
 * fingerprint of ids and row versions, compared first, so an unchanged project costs one small
 * query), and kept current in between by writing every edit this working copy makes through to it.
 * After a copy the outbox's pending edits are applied again, so nothing queued disappears from view.
 */
public final class ReadCache implements AutoCloseable {

	/** The cache file, relative to the working copy. */
	public static final String FILE = ".duizhao/cache.db"; //$NON-NLS-1$
	private static final String FINGERPRINT = "fingerprint"; //$NON-NLS-1$

	private final SqliteAnnotationStore store;
	private final Gson gson = OutboxJson.gson();

	private ReadCache(SqliteAnnotationStore store) {
		this.store = store;
	}

	/** Opens (creating if needed) the cache of {@code workingCopy}. */
	public static ReadCache open(Path workingCopy) throws StoreException {
		Path file = workingCopy.resolve(FILE);
		try {
			Files.createDirectories(file.getParent());
		} catch (java.io.IOException e) {
			throw new StoreException(e.getMessage(), e);
		}
		SqliteAnnotationStore store = SqliteAnnotationStore.open(file, 0);
		try {
			store.writeSql(c -> Sql.updatePublic(c,
					"CREATE TABLE IF NOT EXISTS cache_state (name TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)")); //$NON-NLS-1$
		} catch (StoreException e) {
			store.close();
			throw e;
		}
		return new ReadCache(store);
	}

	/** @return the cached store, for reads */
	public AnnotationStore reader() {
		return store;
	}

	/**
	 * Copies the server's contents if they changed since the last copy, then applies the outbox's
	 * pending edits again.
	 *
	 * @return whether the cache was copied
	 */
	public synchronized boolean refresh(AnnotationStore server, Outbox outbox) throws StoreException {
		if (!(server instanceof PostgresAnnotationStore pg)) {
			return false;
		}
		return pg.readAside(from -> {
			String fingerprint = PostgresAnnotationStore.fingerprint(from);
			if (fingerprint.equals(state(FINGERPRINT))) {
				return false;
			}
			List<Outbox.Edit> pending = outbox.edits();
			store.writeSql(to -> {
				TableCopy.copy(from, to);
				Sql.updatePublic(to, "INSERT OR REPLACE INTO cache_state (name, value) VALUES (?, ?)", FINGERPRINT, //$NON-NLS-1$
						fingerprint);
				for (Outbox.Edit e : pending) {
					applyQueued(to, e.kind(), e.payload());
				}
				return null;
			});
			return true;
		});
	}

	/** Forgets the fingerprint, so that the next {@link #refresh} copies whatever it finds. */
	public synchronized void invalidate() throws StoreException {
		store.writeSql(c -> Sql.updatePublic(c, "DELETE FROM cache_state WHERE name = ?", FINGERPRINT)); //$NON-NLS-1$
	}

	private String state(String name) throws StoreException {
		List<String> v = store.readSql(c -> Sql.queryStrings(c, "SELECT value FROM cache_state WHERE name = ?", name)); //$NON-NLS-1$
		return v.isEmpty() ? null : v.get(0);
	}

	/** Queues an edit in the outbox and shows it in the cache, as one step for readers of either. */
	public synchronized void queue(Outbox outbox, String kind, String payload, String op) throws StoreException {
		outbox.queue(kind, payload, op);
		store.writeSql(c -> {
			applyQueued(c, kind, payload);
			return null;
		});
	}

	private void applyQueued(Connection c, String kind, String payload) throws SQLException {
		switch (kind) {
		case OutboxReplay.ADD_ANNOTATION -> CacheRows.put(c, gson.fromJson(payload, Annotation.class),
				OutboxStore.QUEUED);
		case OutboxReplay.UPDATE_ANNOTATION -> CacheRows.put(c, gson.fromJson(payload, Annotation.class),
				OutboxStore.QUEUED);
		case OutboxReplay.DELETE_ANNOTATION -> CacheRows.deleteAnnotation(c, deletion(payload));
		case OutboxReplay.CREATE_MEMO, OutboxReplay.UPDATE_MEMO -> CacheRows.put(c, gson.fromJson(payload, Memo.class),
				OutboxStore.QUEUED);
		case OutboxReplay.DELETE_MEMO -> CacheRows.deleteMemo(c, deletion(payload));
		case OutboxReplay.CREATE_LINK -> CacheRows.put(c, gson.fromJson(payload, Link.class), OutboxStore.QUEUED);
		case OutboxReplay.DELETE_LINK -> CacheRows.deleteLink(c, deletion(payload));
		default -> {
			// an edit this version does not know changes nothing in the cache
		}
		}
	}

	private String deletion(String payload) {
		return gson.fromJson(payload, OutboxReplay.Deletion.class).id();
	}

	/** Writes records the server stored (their own row versions) through to the cache. */
	public synchronized void stored(List<?> records) throws StoreException {
		store.writeSql(c -> {
			for (Object r : records) {
				if (r instanceof Annotation a) {
					CacheRows.put(c, a, a.rowVersion());
				} else if (r instanceof Memo m) {
					CacheRows.put(c, m, m.rowVersion());
				} else if (r instanceof Link l) {
					CacheRows.put(c, l, l.rowVersion());
				} else if (r instanceof Code k) {
					CacheRows.put(c, k);
				}
			}
			return null;
		});
	}

	/** Removes a record the server deleted ({@code kind}: one of the deletion kinds of the outbox). */
	public synchronized void deleted(String kind, String id) throws StoreException {
		store.writeSql(c -> {
			switch (kind) {
			case OutboxReplay.DELETE_ANNOTATION -> CacheRows.deleteAnnotation(c, id);
			case OutboxReplay.DELETE_MEMO -> CacheRows.deleteMemo(c, id);
			default -> CacheRows.deleteLink(c, id);
			}
			return null;
		});
	}

	@Override
	public synchronized void close() throws StoreException {
		store.close();
	}
}
