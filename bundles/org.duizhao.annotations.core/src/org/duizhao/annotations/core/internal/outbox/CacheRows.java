package org.duizhao.annotations.core.internal.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.internal.sql.Sql;

/**
 * Single rows written into the read cache (the embedded store's schema) as they are, without the
 * store's checks: the server already checked them, or they wait in the outbox to be checked there.
 * An upsert rather than a replace, so that an annotation's links stay when it is written again.
 */
final class CacheRows {

	private CacheRows() {
	}

	static void put(Connection c, Annotation a, long rowVersion) throws SQLException {
		Sql.updatePublic(c, "INSERT INTO annotations (id, document_id, version, start_cp, end_cp, quote_exact, " //$NON-NLS-1$
				+ "quote_prefix, quote_suffix, memo, coder, created, modified, anchoring, row_version) " //$NON-NLS-1$
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET " //$NON-NLS-1$
				+ "document_id = excluded.document_id, version = excluded.version, start_cp = excluded.start_cp, " //$NON-NLS-1$
				+ "end_cp = excluded.end_cp, quote_exact = excluded.quote_exact, quote_prefix = excluded.quote_prefix, " //$NON-NLS-1$
				+ "quote_suffix = excluded.quote_suffix, memo = excluded.memo, coder = excluded.coder, " //$NON-NLS-1$
				+ "modified = excluded.modified, anchoring = excluded.anchoring, row_version = excluded.row_version", //$NON-NLS-1$
				a.id(), a.documentId(), a.version(), a.start(), a.end(), a.quote().exact(), a.quote().prefix(),
				a.quote().suffix(), a.memo(), a.coder(), a.created().toEpochMilli(), a.modified().toEpochMilli(),
				a.anchoring().name(), rowVersion);
		Sql.updatePublic(c, "DELETE FROM annotation_codes WHERE annotation_id = ?", a.id()); //$NON-NLS-1$
		List<String> codes = a.codeIds();
		for (int p = 0; p < codes.size(); p++) {
			Sql.updatePublic(c, "INSERT INTO annotation_codes (annotation_id, code_id, position) VALUES (?, ?, ?)", //$NON-NLS-1$
					a.id(), codes.get(p), p);
		}
	}

	static void deleteAnnotation(Connection c, String id) throws SQLException {
		Sql.updatePublic(c, "DELETE FROM links WHERE from_id = ? OR to_id = ?", id, id); //$NON-NLS-1$
		Sql.updatePublic(c, "DELETE FROM annotation_codes WHERE annotation_id = ?", id); //$NON-NLS-1$
		Sql.updatePublic(c, "DELETE FROM annotations WHERE id = ?", id); //$NON-NLS-1$
	}

	static void put(Connection c, Memo m, long rowVersion) throws SQLException {
		Sql.updatePublic(c, "INSERT INTO memos (id, document_id, title, body, author, created, modified, row_version) " //$NON-NLS-1$
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, " //$NON-NLS-1$
				+ "title = excluded.title, body = excluded.body, author = excluded.author, " //$NON-NLS-1$
				+ "modified = excluded.modified, row_version = excluded.row_version", //$NON-NLS-1$
				m.id(), m.documentId(), m.title(), m.text(), m.author(), m.created().toEpochMilli(),
				m.modified().toEpochMilli(), rowVersion);
	}

	static void deleteMemo(Connection c, String id) throws SQLException {
		Sql.updatePublic(c, "DELETE FROM memos WHERE id = ?", id); //$NON-NLS-1$
	}

	static void put(Connection c, Link l, long rowVersion) throws SQLException {
		Sql.updatePublic(c, "INSERT INTO links (id, from_id, to_id, link_type, memo, author, created, row_version) " //$NON-NLS-1$
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET memo = excluded.memo, " //$NON-NLS-1$
				+ "link_type = excluded.link_type, row_version = excluded.row_version", //$NON-NLS-1$
				l.id(), l.fromId(), l.toId(), l.type(), l.memo(), l.author(), l.created().toEpochMilli(), rowVersion);
	}

	static void deleteLink(Connection c, String id) throws SQLException {
		Sql.updatePublic(c, "DELETE FROM links WHERE id = ?", id); //$NON-NLS-1$
	}

	static void put(Connection c, Code k) throws SQLException {
		Sql.updatePublic(c, "INSERT INTO codes (id, parent_id, name, color, description, shortcut, position, row_version) " //$NON-NLS-1$
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, " //$NON-NLS-1$
				+ "name = excluded.name, color = excluded.color, description = excluded.description, " //$NON-NLS-1$
				+ "shortcut = excluded.shortcut, position = excluded.position, row_version = excluded.row_version", //$NON-NLS-1$
				k.id(), k.parentId(), k.name(), k.color(), k.description(), k.shortcut(), k.position(), k.rowVersion());
	}
}
