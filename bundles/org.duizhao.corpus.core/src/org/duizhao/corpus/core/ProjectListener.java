package org.duizhao.corpus.core;

import java.util.Set;

/**
 * Told when this program changed documents of a project: an import added some, a new version
 * (re-decoding or revision) or a metadata edit changed some, a deletion removed some. Derived data
 * kept beside the project (the search index) use it to stay current without polling; changes made
 * by other programs are found by {@link Project#refresh()} instead.
 * <p>
 * Called on the writer's thread after the change is on disk (an import still holds the project's
 * lock then); keep it short and schedule long work elsewhere. An exception it throws does not undo
 * the change.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ProjectListener {

	/**
	 * @param project the project that changed
	 * @param ids the documents added, changed or removed, never empty
	 */
	void documentsChanged(Project project, Set<String> ids);
}
