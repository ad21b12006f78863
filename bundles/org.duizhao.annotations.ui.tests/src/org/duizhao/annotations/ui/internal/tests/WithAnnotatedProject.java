package org.duizhao.annotations.ui.internal.tests;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.testing.ui.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbench test on a fresh {@link AnnotatedProject} per test, in its own temporary folder, and its
 * store; closed after the test. A subclass's own {@code @BeforeEach} runs after the project is made
 * (JUnit runs a superclass's first), and its own {@code @AfterEach} before the project is closed.
 */
abstract class WithAnnotatedProject {

	@TempDir
	Path temp;

	AnnotatedProject fixture;
	AnnotationStore store;

	@BeforeEach
	void createProject() throws Exception {
		Workbench.start();
		fixture = AnnotatedProject.create(temp);
		store = fixture.store();
	}

	@AfterEach
	void closeProject() throws Exception {
		fixture.close();
	}

	/** @return the new annotation of the first {@code part} of the document, stored */
	Annotation annotate(String part, List<String> codes, String coder) throws Exception {
		return store.addAnnotation(fixture.passage(part, codes, coder));
	}
}
