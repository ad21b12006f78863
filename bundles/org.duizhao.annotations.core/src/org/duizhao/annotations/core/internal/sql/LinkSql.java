package org.duizhao.annotations.core.internal.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** Links between passages and the editable list of link types, in SQL. */
final class LinkSql {

	private static final String SELECT = "SELECT id, from_id, to_id, link_type, memo, author, created, row_version FROM links "; //$NON-NLS-1$

	private LinkSql() {
	}

	static List<String> types(Connection c) throws SQLException {
		return Sql.queryStrings(c, "SELECT name FROM link_types ORDER BY position, name"); //$NON-NLS-1$
	}

	static void setTypes(Connection c, List<String> types) throws SQLException, StoreException {
		Set<String> seen = new HashSet<>();
		for (String t : types) {
			if (t == null || t.isBlank()) {
				throw new StoreException(Messages.errorLinkTypeEmpty);
			}
			if (!seen.add(t)) {
				throw new StoreException(NLS.bind(Messages.errorLinkTypeDuplicate, t));
			}
		}
		for (String used : Sql.queryStrings(c, "SELECT DISTINCT link_type FROM links")) { //$NON-NLS-1$
			if (!seen.contains(used)) {
				throw new StoreException(NLS.bind(Messages.errorLinkTypeInUse, used));
			}
		}
		Set<String> old = new HashSet<>(types(c));
		for (String t : old) {
			if (!seen.contains(t)) {
				Sql.update(c, "DELETE FROM link_types WHERE name = ?", t); //$NON-NLS-1$
			}
		}
		for (int i = 0; i < types.size(); i++) {
			String sql = old.contains(types.get(i)) ? "UPDATE link_types SET position = ? WHERE name = ?" //$NON-NLS-1$
					: "INSERT INTO link_types (position, name) VALUES (?, ?)"; //$NON-NLS-1$
			Sql.update(c, sql, i, types.get(i));
		}
	}

	static Link create(Connection c, String fromId, String toId, String type, String memo, String author, Instant now)
			throws SQLException, StoreException {
		AnnotationSql.require(c, fromId);
		AnnotationSql.require(c, toId);
		if (fromId.equals(toId)) {
			throw new StoreException(Messages.errorLinkToItself);
		}
		if (!types(c).contains(type)) {
			throw new StoreException(NLS.bind(Messages.errorUnknownLinkType, type));
		}
		Link l = new Link(UUID.randomUUID().toString(), fromId, toId, type, memo, author, now, 1);
		Sql.update(c, "INSERT INTO links (id, from_id, to_id, link_type, memo, author, created, row_version) " //$NON-NLS-1$
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", l.id(), l.fromId(), l.toId(), l.type(), l.memo(), l.author(), //$NON-NLS-1$
				now.toEpochMilli(), l.rowVersion());
		return l;
	}

	static void delete(Connection c, String id, long rowVersion) throws SQLException, ConflictException {
		if (Sql.update(c, "DELETE FROM links WHERE id = ? AND row_version = ?", id, rowVersion) == 0) { //$NON-NLS-1$
			List<Link> current = Sql.query(c, SELECT + "WHERE id = ?", LinkSql::map, id); //$NON-NLS-1$
			throw current.isEmpty() ? new ConflictException(Messages.conflictDeleted, null)
					: new ConflictException(Messages.conflictLink, current.get(0));
		}
	}

	/** @return how many links use the annotation {@code id} as an end */
	static long countUsing(Connection c, String id) throws SQLException {
		return Sql.queryLong(c, "SELECT COUNT(*) FROM links WHERE from_id = ? OR to_id = ?", id, id); //$NON-NLS-1$
	}

	static List<Link> all(Connection c) throws SQLException {
		return Sql.query(c, SELECT + "ORDER BY created, id", LinkSql::map); //$NON-NLS-1$
	}

	private static Link map(ResultSet r) throws SQLException {
		return new Link(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
				r.getString(6), Instant.ofEpochMilli(r.getLong(7)), r.getLong(8));
	}
}
