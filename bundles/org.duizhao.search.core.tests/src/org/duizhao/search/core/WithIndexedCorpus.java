package org.duizhao.search.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.duizhao.corpus.core.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class whose every test gets a fresh project in its own temporary folder, made from the
 * subclass's {@link #texts()} ({@link Corpus}), and an index of it, closed after the test. The index
 * is opened after {@link #describe(Project)}, so what that sets (metadata) is indexed too.
 */
abstract class WithIndexedCorpus {

	@TempDir
	Path dir;
	Project project;
	SearchIndex index;

	/** @return the texts of the project's documents, file name → text, in import order */
	abstract Map<String, String> texts();

	/** Changes the new project before it is indexed (nothing here). */
	void describe(Project p) throws IOException {
		// most tests index the texts as imported
	}

	@BeforeEach
	void openIndex() throws IOException {
		project = Corpus.of(dir, texts());
		describe(project);
		index = SearchIndex.of(project);
	}

	@AfterEach
	void closeIndex() {
		index.close();
	}
}
