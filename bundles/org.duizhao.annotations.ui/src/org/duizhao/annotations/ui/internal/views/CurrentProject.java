package org.duizhao.annotations.ui.internal.views;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.ui.internal.handlers.ActivePane;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The project the Codes and Annotations views show: that of the active document editor, else the
 * one shown before if still open, else the first open project.
 */
final class CurrentProject {

	private Path shown;

	/** @return the project to show now, or {@code null} when none is open */
	Project find(IWorkbenchPage page) {
		List<Project> open = CorpusUiPlugin.getDefault().projects().all();
		Path fromEditor = page == null ? null
				: ActivePane.of(page.getActiveEditor()).map(p -> p.projectRoot().toAbsolutePath().normalize()).orElse(null);
		for (Path wanted : new Path[] { fromEditor, shown }) {
			for (Project p : open) {
				if (wanted != null && p.folder().toAbsolutePath().normalize().equals(wanted)) {
					shown = wanted;
					return p;
				}
			}
		}
		Project first = open.isEmpty() ? null : open.get(0);
		shown = first == null ? null : first.folder().toAbsolutePath().normalize();
		return first;
	}
}
