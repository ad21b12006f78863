package org.duizhao.annotations.ui.internal.shared;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.internal.outbox.OutboxConflicts;
import org.eclipse.osgi.util.NLS;

/**
 * One conflict in the Conflicts view: an edit the outbox could not push, or a live edit the store
 * refused, with both versions.
 *
 * @param root the project folder
 * @param project the project's name
 * @param mine the researcher's version
 * @param theirs the version on the server when the edit was refused ({@code null}: deleted)
 * @param pushed the outbox's record, or {@code null} for a live edit
 * @param live the live edit's record, or {@code null} for an outbox conflict
 */
public record ConflictRow(Path root, String project, Object mine, Object theirs, OutboxConflicts.Pending pushed,
		LocalConflicts.Refused live) {

	/** @return what was edited, for the list: the passage's quote or the memo's title */
	public String subject() {
		if (mine instanceof Annotation a) {
			return NLS.bind(Messages.Conflicts_passage, a.quote().exact());
		}
		if (mine instanceof Memo m) {
			return NLS.bind(Messages.Conflicts_memo, m.title());
		}
		return Messages.Conflicts_other;
	}

	/** @return whether the memo can be merged (both versions are a passage or both a memo) */
	public boolean canMerge() {
		return mine instanceof Annotation && theirs instanceof Annotation || mine instanceof Memo && theirs instanceof Memo;
	}

	/** @return the memo text of a version ({@code null}: none) */
	static String memo(Object version) {
		if (version instanceof Annotation a) {
			return a.memo() == null ? "" : a.memo(); //$NON-NLS-1$
		}
		if (version instanceof Memo m) {
			return m.text() == null ? "" : m.text(); //$NON-NLS-1$
		}
		return ""; //$NON-NLS-1$
	}

	/** @return a version described for the side-by-side panes */
	static String describe(Object version, java.util.function.Function<List<String>, String> codeNames) {
		if (version == null) {
			return Messages.Conflicts_deleted;
		}
		if (version instanceof Annotation a) {
			return NLS.bind(Messages.Conflicts_annotationText,
					new Object[] { a.quote().exact(), codeNames.apply(a.codeIds()), a.coder(), memo(a) });
		}
		if (version instanceof Memo m) {
			return NLS.bind(Messages.Conflicts_memoText, new Object[] { m.title(), m.author(), memo(m) });
		}
		return Messages.Conflicts_other;
	}

	/** @return the two memos merged as a starting point: theirs, then mine when it adds something */
	public String mergedMemo() {
		String a = memo(theirs);
		String b = memo(mine);
		if (b.isBlank() || a.contains(b)) {
			return a;
		}
		if (a.isBlank() || b.contains(a)) {
			return b;
		}
		return a + "\n\n" + b; //$NON-NLS-1$
	}
}
