package org.duizhao.annotations.core.internal.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreException;

/**
 * Writes annotations with prepared statements kept open for a whole transaction, so that a bulk
 * add of thousands costs one parse of each statement.
 */
final class AnnotationWriter implements AutoCloseable {

	private final Connection c;
	private final Set<String> knownCodes;
	private final PreparedStatement insert;
	private final PreparedStatement update;
	private final PreparedStatement insertCode;
	private final PreparedStatement deleteCodes;
	private final PreparedStatement selectCodes;
	/** Rows added to the insert batches and not yet written. */
	private int pending;
	private static final int BATCH = 1_000;

	AnnotationWriter(Connection c) throws SQLException {
		this.c = c;
		this.knownCodes = AnnotationSql.codeIds(c);
		insert = c.prepareStatement("INSERT INTO annotations (id, document_id, version, start_cp, end_cp, quote_exact, " //$NON-NLS-1$
				+ "quote_prefix, quote_suffix, memo, coder, created, modified, anchoring, row_version) " //$NON-NLS-1$
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
		update = c.prepareStatement("UPDATE annotations SET document_id = ?, version = ?, start_cp = ?, end_cp = ?, " //$NON-NLS-1$
				+ "quote_exact = ?, quote_prefix = ?, quote_suffix = ?, memo = ?, coder = ?, modified = ?, " //$NON-NLS-1$
				+ "anchoring = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"); //$NON-NLS-1$
		insertCode = c.prepareStatement(
				"INSERT INTO annotation_codes (annotation_id, code_id, position) VALUES (?, ?, ?)"); //$NON-NLS-1$
		deleteCodes = c.prepareStatement("DELETE FROM annotation_codes WHERE annotation_id = ?"); //$NON-NLS-1$
		selectCodes = c.prepareStatement(
				"SELECT code_id FROM annotation_codes WHERE annotation_id = ? ORDER BY position"); //$NON-NLS-1$
	}

	/** @return the stored annotation */
	Annotation add(NewAnnotation n, Instant now) throws SQLException, StoreException {
		List<String> codes = AnnotationSql.checkCodes(n.codeIds(), knownCodes);
		return insert(new Annotation(UUID.randomUUID().toString(), n.documentId(), n.version(), n.start(), n.end(),
				n.quote(), codes, n.memo(), n.coder(), now, now, null, 1));
	}

	/** @return the annotation as it was, under its own id and times, at row version 1 */
	Annotation restore(Annotation old) throws SQLException, StoreException {
		List<String> codes = AnnotationSql.checkCodes(old.codeIds(), knownCodes);
		return insert(new Annotation(old.id(), old.documentId(), old.version(), old.start(), old.end(), old.quote(),
				codes, old.memo(), old.coder(), old.created(), old.modified(), old.anchoring(), 1));
	}

	private Annotation insert(Annotation a) throws SQLException {
		int i = 1;
		insert.setString(i++, a.id());
		insert.setString(i++, a.documentId());
		insert.setInt(i++, a.version());
		insert.setInt(i++, a.start());
		insert.setInt(i++, a.end());
		insert.setString(i++, a.quote().exact());
		insert.setString(i++, a.quote().prefix());
		insert.setString(i++, a.quote().suffix());
		insert.setString(i++, a.memo());
		insert.setString(i++, a.coder());
		insert.setLong(i++, a.created().toEpochMilli());
		insert.setLong(i++, a.modified().toEpochMilli());
		insert.setString(i++, a.anchoring().name());
		insert.setLong(i, a.rowVersion());
		insert.addBatch();
		List<String> codes = a.codeIds();
		for (int p = 0; p < codes.size(); p++) {
			insertCode.setString(1, a.id());
			insertCode.setString(2, codes.get(p));
			insertCode.setInt(3, p);
			insertCode.addBatch();
		}
		if (++pending == BATCH) {
			flush();
		}
		return a;
	}

	/** @return the stored annotation; throws a conflict if it changed or went since it was read */
	Annotation update(Annotation a, Instant now) throws SQLException, StoreException {
		List<String> codes = AnnotationSql.checkCodes(a.codeIds(), knownCodes);
		int i = 1;
		update.setString(i++, a.documentId());
		update.setInt(i++, a.version());
		update.setInt(i++, a.start());
		update.setInt(i++, a.end());
		update.setString(i++, a.quote().exact());
		update.setString(i++, a.quote().prefix());
		update.setString(i++, a.quote().suffix());
		update.setString(i++, a.memo());
		update.setString(i++, a.coder());
		update.setLong(i++, now.toEpochMilli());
		update.setString(i++, a.anchoring().name());
		update.setString(i++, a.id());
		update.setLong(i, a.rowVersion());
		if (update.executeUpdate() == 0) {
			AnnotationSql.checkVersion(AnnotationSql.get(c, a.id()), a.rowVersion());
			throw Sql.notAllowed();
		}
		if (!codes.equals(storedCodes(a.id()))) { // re-anchoring moves passages; their codes rarely change
			deleteCodes.setString(1, a.id());
			deleteCodes.executeUpdate();
			writeCodes(a.id(), codes);
		}
		return new Annotation(a.id(), a.documentId(), a.version(), a.start(), a.end(), a.quote(), codes, a.memo(),
				a.coder(), a.created(), now, a.anchoring(), a.rowVersion() + 1);
	}

	/** Writes what {@link #add} has batched; call before reading what was added. */
	void flush() throws SQLException {
		if (pending > 0) {
			insert.executeBatch();
			insertCode.executeBatch();
			pending = 0;
		}
	}

	private List<String> storedCodes(String annotationId) throws SQLException {
		selectCodes.setString(1, annotationId);
		List<String> out = new java.util.ArrayList<>();
		try (java.sql.ResultSet r = selectCodes.executeQuery()) {
			while (r.next()) {
				out.add(r.getString(1));
			}
		}
		return out;
	}

	private void writeCodes(String annotationId, List<String> codes) throws SQLException {
		for (int p = 0; p < codes.size(); p++) {
			insertCode.setString(1, annotationId);
			insertCode.setString(2, codes.get(p));
			insertCode.setInt(3, p);
			insertCode.executeUpdate();
		}
	}

	@Override
	public void close() throws SQLException {
		try (insert; update; insertCode; deleteCodes; selectCodes) {
			flush();
		}
	}
}
