package org.duizhao.annotations.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Resolving a refused edit ({@link ConflictException}): the researcher sees their version and the
 * one now stored, and keeps theirs, takes the stored one, or merges the two. Each resolution that
 * writes names the stored row version, so a third edit in the meantime is again a conflict rather
 * than an overwrite.
 */
public final class Conflicts {

	private Conflicts() {
	}

	/** @return {@code mine} written over the stored annotation {@code theirs} */
	public static Annotation keepMine(AnnotationStore store, Annotation mine, Annotation theirs) throws StoreException {
		return store.updateAnnotation(new Annotation(mine.id(), mine.documentId(), mine.version(), mine.start(),
				mine.end(), mine.quote(), mine.codeIds(), mine.memo(), mine.coder(), mine.created(), mine.modified(),
				mine.anchoring(), theirs.rowVersion()));
	}

	/** @return the stored annotation, unchanged: the researcher's edit is dropped */
	public static Annotation takeTheirs(Annotation theirs) {
		return theirs;
	}

	/**
	 * Writes the stored annotation with both memos (theirs, then mine when it differs) and the codes
	 * of both; its position stays as stored.
	 *
	 * @return the merged annotation as stored
	 */
	public static Annotation mergeMemo(AnnotationStore store, Annotation mine, Annotation theirs) throws StoreException {
		LinkedHashSet<String> codes = new LinkedHashSet<>(theirs.codeIds());
		codes.addAll(mine.codeIds());
		return store.updateAnnotation(theirs.withMemo(mergeText(theirs.memo(), mine.memo()))
				.withCodes(new ArrayList<>(codes)));
	}

	/** @return the stored memo with the researcher's text merged in */
	public static Memo mergeMemo(AnnotationStore store, Memo mine, Memo theirs) throws StoreException {
		return store.updateMemo(theirs.withText(theirs.title(), mergeText(theirs.text(), mine.text())));
	}

	/** @return {@code theirs}, then {@code mine} on a new paragraph unless it adds nothing */
	static String mergeText(String theirs, String mine) {
		if (mine == null || mine.isBlank() || theirs != null && theirs.contains(mine)) {
			return theirs == null ? "" : theirs; //$NON-NLS-1$
		}
		if (theirs == null || theirs.isBlank() || mine.contains(theirs)) {
			return mine;
		}
		return String.join("\n\n", List.of(theirs, mine)); //$NON-NLS-1$
	}
}
