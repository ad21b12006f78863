package org.duizhao.annotations.core.internal.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.Messages;

/**
 * Merges one code into another. Sub-codes of the source move under the target; a sub-code whose
 * name the target already has among its own sub-codes is merged into that one in turn, so sibling
 * names stay unique and no coding is lost.
 */
final class CodeMerge {

	private final Connection c;
	private final Set<String> touched = new LinkedHashSet<>();

	private CodeMerge(Connection c) {
		this.c = c;
	}

	/** @return the ids of the annotations whose codes changed */
	static Set<String> merge(Connection c, String sourceId, long sourceRowVersion, String targetId)
			throws SQLException, StoreException {
		CodeSql.claim(c, sourceId, sourceRowVersion);
		CodeSql.require(c, targetId);
		if (new CodeTree(CodeSql.all(c)).withDescendants(Set.of(sourceId)).contains(targetId)) {
			throw new StoreException(Messages.errorMergeIntoItself);
		}
		CodeMerge merge = new CodeMerge(c);
		merge.into(sourceId, targetId);
		CodeSql.bumpAnnotations(c, List.copyOf(merge.touched));
		return merge.touched;
	}

	private void into(String sourceId, String targetId) throws SQLException {
		CodeTree tree = new CodeTree(CodeSql.all(c));
		for (Code child : tree.children(sourceId)) {
			Optional<Code> twin = tree.children(targetId).stream().filter(t -> t.name().equals(child.name()))
					.findFirst();
			if (twin.isPresent()) {
				into(child.id(), twin.get().id());
			} else {
				Sql.update(c, "UPDATE codes SET parent_id = ?, row_version = row_version + 1 WHERE id = ?", targetId, //$NON-NLS-1$
						child.id());
			}
		}
		moveCodings(sourceId, targetId);
		Sql.update(c, "DELETE FROM codes WHERE id = ?", sourceId); //$NON-NLS-1$
	}

	private void moveCodings(String sourceId, String targetId) throws SQLException {
		touched.addAll(Sql.queryStrings(c, "SELECT annotation_id FROM annotation_codes WHERE code_id = ?", sourceId)); //$NON-NLS-1$
		Sql.update(c, "DELETE FROM annotation_codes WHERE code_id = ? AND annotation_id IN " //$NON-NLS-1$
				+ "(SELECT annotation_id FROM annotation_codes WHERE code_id = ?)", sourceId, targetId); //$NON-NLS-1$
		Sql.update(c, "UPDATE annotation_codes SET code_id = ? WHERE code_id = ?", targetId, sourceId); //$NON-NLS-1$
	}
}
