package org.duizhao.annotations.core.internal.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** Document and project memos in SQL. */
final class MemoSql {

	private static final String SELECT = "SELECT id, document_id, title, body, author, created, modified, row_version " //$NON-NLS-1$
			+ "FROM memos "; //$NON-NLS-1$
	private static final String ORDER = " ORDER BY created, id"; //$NON-NLS-1$

	private MemoSql() {
	}

	static Memo create(Connection c, String documentId, String title, String text, String author, Instant now)
			throws SQLException {
		Memo m = new Memo(UUID.randomUUID().toString(), documentId, title, text, author, now, now, 1);
		Sql.update(c, "INSERT INTO memos (id, document_id, title, body, author, created, modified, row_version) " //$NON-NLS-1$
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", m.id(), m.documentId(), m.title(), m.text(), m.author(), //$NON-NLS-1$
				now.toEpochMilli(), now.toEpochMilli(), m.rowVersion());
		return m;
	}

	static Memo update(Connection c, Memo m, Instant now) throws SQLException, StoreException {
		int n = Sql.update(c, "UPDATE memos SET title = ?, body = ?, modified = ?, row_version = row_version + 1 " //$NON-NLS-1$
				+ "WHERE id = ? AND row_version = ?", m.title(), m.text(), now.toEpochMilli(), m.id(), m.rowVersion()); //$NON-NLS-1$
		if (n == 0) {
			checkVersion(get(c, m.id()), m.rowVersion());
			throw Sql.notAllowed();
		}
		return get(c, m.id());
	}

	static void delete(Connection c, String id, long rowVersion) throws SQLException, StoreException {
		if (Sql.update(c, "DELETE FROM memos WHERE id = ? AND row_version = ?", id, rowVersion) == 0) { //$NON-NLS-1$
			checkVersion(get(c, id), rowVersion);
			throw Sql.notAllowed();
		}
	}

	private static void checkVersion(Memo current, long rowVersion) throws ConflictException {
		if (current == null) {
			throw new ConflictException(Messages.conflictDeleted, null);
		}
		if (current.rowVersion() != rowVersion) {
			throw new ConflictException(NLS.bind(Messages.conflictMemo, current.title()), current);
		}
	}

	static Memo get(Connection c, String id) throws SQLException {
		List<Memo> hits = Sql.query(c, SELECT + "WHERE id = ?", MemoSql::map, id); //$NON-NLS-1$
		return hits.isEmpty() ? null : hits.get(0);
	}

	static List<Memo> of(Connection c, String documentId) throws SQLException {
		if (documentId == null) {
			return Sql.query(c, SELECT + "WHERE document_id IS NULL" + ORDER, MemoSql::map); //$NON-NLS-1$
		}
		return Sql.query(c, SELECT + "WHERE document_id = ?" + ORDER, MemoSql::map, documentId); //$NON-NLS-1$
	}

	static List<Memo> all(Connection c) throws SQLException {
		return Sql.query(c, SELECT + "ORDER BY CASE WHEN document_id IS NULL THEN 0 ELSE 1 END, document_id, created, id", //$NON-NLS-1$
				MemoSql::map);
	}

	private static Memo map(ResultSet r) throws SQLException {
		return new Memo(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
				Instant.ofEpochMilli(r.getLong(6)), Instant.ofEpochMilli(r.getLong(7)), r.getLong(8));
	}
}
