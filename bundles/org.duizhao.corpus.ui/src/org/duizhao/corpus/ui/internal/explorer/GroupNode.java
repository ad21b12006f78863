package org.duizhao.corpus.ui.internal.explorer;

import java.util.List;

/**
 * A group of documents (a folder, a region, a year or a script) under a project.
 *
 * @param project the project node the group belongs to
 * @param label the group's label
 * @param documents the documents in the group, sorted
 */
public record GroupNode(ProjectNode project, String label, List<DocumentNode> documents) {
}
