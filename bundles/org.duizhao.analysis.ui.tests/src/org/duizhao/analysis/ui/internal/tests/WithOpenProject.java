package org.duizhao.analysis.ui.internal.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.testing.ui.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbench test whose every test gets a fresh project, open in the workbench (closed after the
 * test), made in its own temporary folder from the subclass's {@link #texts()} with the metadata
 * {@link #describe(Document)} gives each document.
 */
abstract class WithOpenProject {

	@TempDir
	Path temp;
	Project project;

	/** @return the project's name */
	abstract String name();

	/** @return the documents' texts, file name → text, imported in this order */
	abstract Map<String, String> texts();

	/** @return the metadata {@code d} gets (its date and region, say) */
	abstract Metadata describe(Document d);

	@BeforeEach
	void openProject() throws Exception {
		Workbench.start();
		Path in = Files.createDirectories(temp.resolve("in")); //$NON-NLS-1$
		List<Path> files = new ArrayList<>();
		for (Map.Entry<String, String> e : texts().entrySet()) {
			files.add(Files.writeString(in.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8));
		}
		project = CorpusUiPlugin.getDefault().projects().create(temp.resolve("project"), name()); //$NON-NLS-1$
		new Importer(project, ImportOptions.defaults()).importFiles(files, null);
		for (Document d : project.documents()) {
			project.updateMetadata(d.id(), describe(d));
		}
	}

	@AfterEach
	void closeProject() throws Exception {
		Workbench.run(() -> CorpusUiPlugin.getDefault().projects().close(project));
	}
}
