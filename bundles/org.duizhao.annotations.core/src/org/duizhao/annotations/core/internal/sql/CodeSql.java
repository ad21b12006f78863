package org.duizhao.annotations.core.internal.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeColors;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.CodeUsage;
import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** The code system in SQL: reads, checked writes, delete and merge. */
final class CodeSql {

	private static final String COLUMNS = "id, parent_id, name, color, description, shortcut, position, row_version"; //$NON-NLS-1$

	private CodeSql() {
	}

	static List<Code> all(Connection c) throws SQLException {
		return Sql.query(c, "SELECT " + COLUMNS + " FROM codes", CodeSql::map); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static Code get(Connection c, String id) throws SQLException {
		List<Code> hits = Sql.query(c, "SELECT " + COLUMNS + " FROM codes WHERE id = ?", CodeSql::map, id); //$NON-NLS-1$ //$NON-NLS-2$
		return hits.isEmpty() ? null : hits.get(0);
	}

	static Code require(Connection c, String id) throws SQLException, StoreException {
		Code code = id == null ? null : get(c, id);
		if (code == null) {
			throw new StoreException(NLS.bind(Messages.errorUnknownCode, id));
		}
		return code;
	}

	private static Code map(ResultSet r) throws SQLException {
		return new Code(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
				r.getString(6), r.getInt(7), r.getLong(8));
	}

	static Code create(Connection c, String parentId, String name, String color, String description,
			String shortcut) throws SQLException, StoreException {
		if (parentId != null) {
			require(c, parentId);
		}
		String clean = checkName(c, parentId, name, null);
		int count = (int) Sql.queryLong(c, "SELECT COUNT(*) FROM codes"); //$NON-NLS-1$
		String chosen = color == null ? CodeColors.nth(count) : checkColor(color);
		int position = (int) Sql.queryLong(c,
				"SELECT COALESCE(MAX(position) + 1, 0) FROM codes WHERE COALESCE(parent_id, '') = ?", key(parentId)); //$NON-NLS-1$
		Code code = new Code(UUID.randomUUID().toString(), parentId, clean, chosen, description, shortcut, position, 1);
		Sql.update(c, "INSERT INTO codes (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", code.id(), //$NON-NLS-1$ //$NON-NLS-2$
				code.parentId(), code.name(), code.color(), code.description(), code.shortcut(), code.position(),
				code.rowVersion());
		return code;
	}

	static Code restore(Connection c, Code code) throws SQLException, StoreException {
		if (get(c, code.id()) != null) {
			throw new StoreException(NLS.bind(Messages.errorCodeExists, code.name()));
		}
		if (code.parentId() != null) {
			require(c, code.parentId());
		}
		String clean = checkName(c, code.parentId(), code.name(), null);
		Code restored = new Code(code.id(), code.parentId(), clean, checkColor(code.color()), code.description(),
				code.shortcut(), code.position(), 1);
		Sql.update(c, "INSERT INTO codes (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", restored.id(), //$NON-NLS-1$ //$NON-NLS-2$
				restored.parentId(), restored.name(), restored.color(), restored.description(), restored.shortcut(),
				restored.position(), restored.rowVersion());
		return restored;
	}

	static Code update(Connection c, Code code) throws SQLException, StoreException {
		Code current = get(c, code.id());
		checkVersion(current, code.id(), code.rowVersion());
		if (code.parentId() != null) {
			require(c, code.parentId());
			checkNoCycle(c, code.id(), code.parentId());
		}
		String clean = checkName(c, code.parentId(), code.name(), code.id());
		int n = Sql.update(c, "UPDATE codes SET parent_id = ?, name = ?, color = ?, description = ?, shortcut = ?, " //$NON-NLS-1$
				+ "position = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?", code.parentId(), //$NON-NLS-1$
				clean, checkColor(code.color()), code.description(), code.shortcut(), code.position(), code.id(),
				code.rowVersion());
		if (n == 0) {
			checkVersion(get(c, code.id()), code.id(), code.rowVersion());
			throw Sql.notAllowed();
		}
		return get(c, code.id());
	}

	/**
	 * Claims a code for a delete or merge: bumps its row version only if it is still at
	 * {@code rowVersion} (the check sits in the UPDATE's WHERE clause, so it also holds on a server
	 * that does not serialise writers), else throws the conflict.
	 */
	static void claim(Connection c, String id, long rowVersion) throws SQLException, StoreException {
		if (Sql.update(c, "UPDATE codes SET row_version = row_version + 1 WHERE id = ? AND row_version = ?", id, //$NON-NLS-1$
				rowVersion) == 0) {
			checkVersion(get(c, id), id, rowVersion);
			throw Sql.notAllowed();
		}
	}

	/** Throws {@link ConflictException} unless {@code current} exists at {@code rowVersion}. */
	static void checkVersion(Code current, String id, long rowVersion) throws ConflictException {
		if (current == null) {
			throw new ConflictException(Messages.conflictDeleted, null);
		}
		if (current.rowVersion() != rowVersion) {
			throw new ConflictException(NLS.bind(Messages.conflictCode, current.name()), current);
		}
	}

	private static void checkNoCycle(Connection c, String id, String newParentId) throws SQLException, StoreException {
		CodeTree tree = new CodeTree(all(c));
		if (tree.withDescendants(Set.of(id)).contains(newParentId)) {
			throw new StoreException(Messages.errorCodeCycle);
		}
	}

	private static String checkName(Connection c, String parentId, String name, String selfId)
			throws SQLException, StoreException {
		String clean = name == null ? "" : name.strip(); //$NON-NLS-1$
		if (clean.isEmpty()) {
			throw new StoreException(Messages.errorCodeNameEmpty);
		}
		long taken = Sql.queryLong(c,
				"SELECT COUNT(*) FROM codes WHERE COALESCE(parent_id, '') = ? AND name = ? AND id <> ?", //$NON-NLS-1$
				key(parentId), clean, selfId == null ? "" : selfId); //$NON-NLS-1$
		if (taken > 0) {
			throw new StoreException(NLS.bind(Messages.errorCodeNameTaken, clean));
		}
		return clean;
	}

	private static String checkColor(String color) throws StoreException {
		if (!CodeColors.isValid(color)) {
			throw new StoreException(NLS.bind(Messages.errorBadColor, color));
		}
		return color.toLowerCase(java.util.Locale.ROOT);
	}

	private static String key(String parentId) {
		return parentId == null ? "" : parentId; //$NON-NLS-1$
	}

	static CodeUsage usage(Connection c, String id) throws SQLException, StoreException {
		require(c, id);
		Set<String> subtree = new CodeTree(all(c)).withDescendants(Set.of(id));
		String in = Sql.markers(subtree.size());
		long annotations = count(c, "SELECT COUNT(DISTINCT annotation_id) FROM annotation_codes WHERE code_id IN (" //$NON-NLS-1$
				+ in + ")", subtree); //$NON-NLS-1$
		long documents = count(c, "SELECT COUNT(DISTINCT a.document_id) FROM annotations a WHERE a.id IN " //$NON-NLS-1$
				+ "(SELECT annotation_id FROM annotation_codes WHERE code_id IN (" + in + "))", subtree); //$NON-NLS-1$ //$NON-NLS-2$
		return new CodeUsage((int) annotations, (int) documents, subtree.size() - 1);
	}

	private static long count(Connection c, String sql, Set<String> ids) throws SQLException {
		return Sql.queryLong(c, sql, ids.toArray());
	}

	/** @return the ids of the annotations that lost codes */
	static List<String> delete(Connection c, String id, long rowVersion) throws SQLException, StoreException {
		claim(c, id, rowVersion);
		List<String> subtree = new ArrayList<>(new CodeTree(all(c)).withDescendants(Set.of(id)));
		String in = Sql.markers(subtree.size());
		List<String> touched = Sql.queryStrings(c,
				"SELECT DISTINCT annotation_id FROM annotation_codes WHERE code_id IN (" + in + ")", subtree.toArray()); //$NON-NLS-1$ //$NON-NLS-2$
		bumpAnnotations(c, touched);
		Sql.update(c, "DELETE FROM annotation_codes WHERE code_id IN (" + in + ")", subtree.toArray()); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = subtree.size() - 1; i >= 0; i--) {
			Sql.update(c, "DELETE FROM codes WHERE id = ?", subtree.get(i)); //$NON-NLS-1$
		}
		return touched;
	}

	static void bumpAnnotations(Connection c, List<String> annotationIds) throws SQLException {
		for (String a : annotationIds) {
			Sql.update(c, "UPDATE annotations SET row_version = row_version + 1 WHERE id = ?", a); //$NON-NLS-1$
		}
	}
}
