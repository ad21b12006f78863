package org.duizhao.corpus.ui.internal.explorer;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;

/**
 * A document in the explorer tree, with the project it belongs to.
 *
 * @param project the project, not {@code null}
 * @param document the document snapshot shown, not {@code null}
 */
public record DocumentNode(Project project, Document document) {
}
