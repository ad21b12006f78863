package org.duizhao.annotations.core.internal.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.internal.sql.Sql;

/**
 * Copies a project's code system, annotations, memos and links from one store's database to
 * another's with their ids, row versions and times unchanged (sharing a local project). Both
 * databases have the same schema, so rows copy column by column.
 */
public final class TableCopy {

	/** In dependency order. */
	private static final List<String> TABLES = List.of("codes", "annotations", "annotation_codes", "memos", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"link_types", "links"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final int BATCH = 500;

	private TableCopy() {
	}

	/**
	 * Replaces everything in {@code to} by what {@code from} holds.
	 *
	 * @return the number of annotations copied
	 */
	public static int copy(Connection from, Connection to) throws SQLException {
		try (Statement s = to.createStatement()) {
			for (int i = TABLES.size() - 1; i >= 0; i--) {
				s.execute("DELETE FROM " + TABLES.get(i)); //$NON-NLS-1$
			}
		}
		int annotations = 0;
		for (String table : TABLES) {
			int n = copyTable(from, to, table);
			if ("annotations".equals(table)) { //$NON-NLS-1$
				annotations = n;
			}
		}
		// codes went in without parents (a parent may come after its child); now link them
		for (List<Object> pair : parents(from)) {
			Sql.updatePublic(to, "UPDATE codes SET parent_id = ? WHERE id = ?", pair.get(1), pair.get(0)); //$NON-NLS-1$
		}
		return annotations;
	}

	private static List<List<Object>> parents(Connection from) throws SQLException {
		return Sql.queryPublic(from, "SELECT id, parent_id FROM codes WHERE parent_id IS NOT NULL", //$NON-NLS-1$
				r -> List.of(r.getString(1), r.getString(2)));
	}

	private static int copyTable(Connection from, Connection to, String table) throws SQLException {
		int rows = 0;
		try (Statement s = from.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) { //$NON-NLS-1$
			ResultSetMetaData meta = r.getMetaData();
			List<String> columns = new ArrayList<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(meta.getColumnName(i));
			}
			String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ')'; //$NON-NLS-1$ //$NON-NLS-2$
			int parent = columns.indexOf("parent_id") + 1; //$NON-NLS-1$
			try (PreparedStatement insert = to.prepareStatement(sql)) {
				while (r.next()) {
					for (int i = 1; i <= columns.size(); i++) {
						insert.setObject(i, i == parent && "codes".equals(table) ? null : r.getObject(i)); //$NON-NLS-1$
					}
					insert.addBatch();
					if (++rows % BATCH == 0) {
						insert.executeBatch();
					}
				}
				insert.executeBatch();
			}
		}
		return rows;
	}
}
