package org.duizhao.corpus.ui.internal.explorer;

import org.duizhao.corpus.core.Project;

/**
 * A project at the top of the explorer tree.
 *
 * @param project the project, not {@code null}
 */
public record ProjectNode(Project project) {
}
