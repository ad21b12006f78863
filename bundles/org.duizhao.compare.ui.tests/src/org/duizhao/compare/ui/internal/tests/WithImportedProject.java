package org.duizhao.compare.ui.internal.tests;

import java.nio.file.Path;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.testing.ui.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbench test that imports its project (see {@link ImportedProject}) into a temporary folder per
 * test; after the test every editor is closed and the project, if one was made, too.
 */
abstract class WithImportedProject {

	@TempDir
	Path temp;

	Project project;

	@AfterEach
	void closeEditorsAndProject() throws Exception {
		Workbench.run(() -> Workbench.page().closeAllEditors(false));
		if (project != null) {
			CorpusUiPlugin.getDefault().projects().close(project);
		}
	}
}
