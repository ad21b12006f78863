package org.duizhao.compare.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.compare.ui.internal.editor.DocumentRef;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.jobs.ImportJob;
import org.duizhao.testing.ui.Workbench;

/** A project opened in the workbench's project manager, its files imported through the real import job. */
final class ImportedProject {

	private ImportedProject() {
	}

	/**
	 * Starts the workbench if needed, makes the project in {@code folder} and imports {@code files}.
	 *
	 * @return the project, every file imported
	 */
	static Project create(Path folder, String name, List<Path> files) throws Exception {
		Workbench.start();
		Project project = CorpusUiPlugin.getDefault().projects().create(folder, name);
		ImportJob job = ImportJob.start(project, files, null);
		job.join(120_000, null);
		assertThat(job.report().imported()).hasSize(files.size());
		return project;
	}

	/** @return what a compare editor is opened on for the current version of {@code d} */
	static DocumentRef ref(Project project, Document d) {
		return new DocumentRef(project.folder(), d.id(), d.current().number(), d.displayName());
	}
}
