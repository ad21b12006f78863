package org.duizhao.annotations.core.internal.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.Messages;

/** Small JDBC helpers shared by the table classes. */
public final class Sql {

	private Sql() {
	}

	/**
	 * @return the refusal of a write that changed no row although the row is there at the version
	 *         named: on a server, row-level security hid it from this user (another coder's work)
	 */
	static StoreException notAllowed() {
		return new StoreException(Messages.errorNotYours);
	}

	/** @return {@code ?, ?, ?} with {@code n} markers */
	static String markers(int n) {
		return String.join(", ", java.util.Collections.nCopies(n, "?")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Binds {@code values} from parameter {@code first} on; @return the next parameter index */
	static int bind(PreparedStatement p, int first, Collection<?> values) throws SQLException {
		int i = first;
		for (Object v : values) {
			p.setObject(i++, v);
		}
		return i;
	}

	/** Runs an update with the given parameters; @return the rows changed */
	static int update(Connection c, String sql, Object... params) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			bind(p, 1, Arrays.asList(params));
			return p.executeUpdate();
		}
	}

	/** Runs a query for a single {@code long}, 0 when there is no row. */
	public static long queryLong(Connection c, String sql, Object... params) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			bind(p, 1, Arrays.asList(params));
			try (ResultSet r = p.executeQuery()) {
				return r.next() ? r.getLong(1) : 0;
			}
		}
	}

	/** Runs a query for one string column. */
	public static List<String> queryStrings(Connection c, String sql, Object... params) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			bind(p, 1, Arrays.asList(params));
			List<String> out = new ArrayList<>();
			try (ResultSet r = p.executeQuery()) {
				while (r.next()) {
					out.add(r.getString(1));
				}
			}
			return out;
		}
	}

	/** Maps one row; {@link #query} calls it for each row. */
	@FunctionalInterface
	interface RowMapper<T> {
		T map(ResultSet row) throws SQLException;
	}

	/** Runs a query and maps every row. */
	static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(sql)) {
			bind(p, 1, Arrays.asList(params));
			List<T> out = new ArrayList<>();
			try (ResultSet r = p.executeQuery()) {
				while (r.next()) {
					out.add(mapper.map(r));
				}
			}
			return out;
		}
	}

	/** {@link #update} for the other backends' packages. */
	public static int updatePublic(Connection c, String sql, Object... params) throws SQLException {
		return update(c, sql, params);
	}

	/** Maps one row, for the other backends' packages. */
	@FunctionalInterface
	public interface Row<T> {
		/** @return the row's value */
		T map(ResultSet row) throws SQLException;
	}

	/** {@link #query} for the other backends' packages. */
	public static <T> List<T> queryPublic(Connection c, String sql, Row<T> mapper, Object... params)
			throws SQLException {
		return query(c, sql, mapper::map, params);
	}
}
