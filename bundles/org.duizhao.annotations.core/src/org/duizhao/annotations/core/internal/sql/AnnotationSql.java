package org.duizhao.annotations.core.internal.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** Annotations and their codes in SQL: reads, queries and counts. Writes are in {@link AnnotationWriter}. */
final class AnnotationSql {

	static final String COLUMNS = "a.id, a.document_id, a.version, a.start_cp, a.end_cp, a.quote_exact, " //$NON-NLS-1$
			+ "a.quote_prefix, a.quote_suffix, a.memo, a.coder, a.created, a.modified, a.anchoring, a.row_version"; //$NON-NLS-1$

	private AnnotationSql() {
	}

	static Annotation get(Connection c, String id) throws SQLException {
		List<Annotation> hits = select(c, "a.id = ?", List.of(id)); //$NON-NLS-1$
		return hits.isEmpty() ? null : hits.get(0);
	}

	static Annotation require(Connection c, String id) throws SQLException, StoreException {
		Annotation a = id == null ? null : get(c, id);
		if (a == null) {
			throw new StoreException(NLS.bind(Messages.errorUnknownAnnotation, id));
		}
		return a;
	}

	/** Throws {@link ConflictException} unless {@code current} exists at {@code rowVersion}. */
	static void checkVersion(Annotation current, long rowVersion) throws ConflictException {
		if (current == null) {
			throw new ConflictException(Messages.conflictDeleted, null);
		}
		if (current.rowVersion() != rowVersion) {
			throw new ConflictException(Messages.conflictAnnotation, current);
		}
	}

	static List<Annotation> query(Connection c, AnnotationQuery q) throws SQLException {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		in(where, params, "a.document_id", q.documentIds()); //$NON-NLS-1$
		in(where, params, "a.coder", q.coders()); //$NON-NLS-1$
		if (!q.codeIds().isEmpty()) {
			// driven by the code index: the few annotations of a code, not a scan of every annotation
			where.add("a.id IN (SELECT x.annotation_id FROM annotation_codes x WHERE x.code_id IN (" //$NON-NLS-1$
					+ Sql.markers(q.codeIds().size()) + "))"); //$NON-NLS-1$
			params.addAll(q.codeIds());
		}
		if (q.text() != null && !q.text().isEmpty()) {
			where.add("(a.quote_exact LIKE ? ESCAPE '\\' OR a.memo LIKE ? ESCAPE '\\')"); //$NON-NLS-1$
			String pattern = '%' + escapeLike(q.text()) + '%';
			params.add(pattern);
			params.add(pattern);
		}
		if (q.anchoredOnly() != null) {
			where.add(q.anchoredOnly() ? "a.anchoring <> ?" : "a.anchoring = ?"); //$NON-NLS-1$ //$NON-NLS-2$
			params.add(Anchoring.UNANCHORED.name());
		}
		return select(c, where.isEmpty() ? "1 = 1" : String.join(" AND ", where), params); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void in(List<String> where, List<Object> params, String column, Set<String> values) {
		if (!values.isEmpty()) {
			where.add(column + " IN (" + Sql.markers(values.size()) + ')'); //$NON-NLS-1$
			params.addAll(values);
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** Reads the annotations that match {@code where}, with their codes, in document/start/end order. */
	private static List<Annotation> select(Connection c, String where, List<?> params) throws SQLException {
		String sql = "SELECT " + COLUMNS + ", ac.code_id FROM annotations a " //$NON-NLS-1$ //$NON-NLS-2$
				+ "LEFT JOIN annotation_codes ac ON ac.annotation_id = a.id WHERE " + where //$NON-NLS-1$
				+ " ORDER BY a.document_id, a.start_cp, a.end_cp, a.id, ac.position"; //$NON-NLS-1$
		Map<String, Annotation> rows = new LinkedHashMap<>();
		Map<String, List<String>> codes = new LinkedHashMap<>();
		try (PreparedStatement p = c.prepareStatement(sql)) {
			Sql.bind(p, 1, params);
			try (ResultSet r = p.executeQuery()) {
				while (r.next()) {
					String id = r.getString(1);
					if (!rows.containsKey(id)) {
						rows.put(id, map(r));
						codes.put(id, new ArrayList<>());
					}
					String code = r.getString(15);
					if (code != null) {
						codes.get(id).add(code);
					}
				}
			}
		}
		List<Annotation> out = new ArrayList<>(rows.size());
		rows.forEach((id, a) -> out.add(a.withCodes(codes.get(id))));
		return out;
	}

	private static Annotation map(ResultSet r) throws SQLException {
		TextQuote quote = new TextQuote(r.getString(6), r.getString(7), r.getString(8));
		return new Annotation(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getInt(5), quote, List.of(),
				r.getString(9), r.getString(10), Instant.ofEpochMilli(r.getLong(11)),
				Instant.ofEpochMilli(r.getLong(12)), Anchoring.valueOf(r.getString(13)), r.getLong(14));
	}

	static Map<String, Integer> codeCounts(Connection c) throws SQLException {
		Map<String, Integer> out = new LinkedHashMap<>();
		try (PreparedStatement p = c.prepareStatement("SELECT k.id, COUNT(ac.annotation_id) FROM codes k " //$NON-NLS-1$
				+ "LEFT JOIN annotation_codes ac ON ac.code_id = k.id GROUP BY k.id"); //$NON-NLS-1$
				ResultSet r = p.executeQuery()) {
			while (r.next()) {
				out.put(r.getString(1), r.getInt(2));
			}
		}
		return out;
	}

	static List<String> coders(Connection c) throws SQLException {
		return List.copyOf(new TreeSet<>(Sql.queryStrings(c, "SELECT DISTINCT coder FROM annotations"))); //$NON-NLS-1$
	}

	/** @return the code ids in order, without repeats; throws if one does not exist */
	static List<String> checkCodes(List<String> codeIds, Set<String> known) throws StoreException {
		Set<String> distinct = new LinkedHashSet<>(codeIds);
		for (String id : distinct) {
			if (!known.contains(id)) {
				throw new StoreException(NLS.bind(Messages.errorUnknownCode, id));
			}
		}
		return List.copyOf(distinct);
	}

	static Set<String> codeIds(Connection c) throws SQLException {
		return new HashSet<>(Sql.queryStrings(c, "SELECT id FROM codes")); //$NON-NLS-1$
	}
}
