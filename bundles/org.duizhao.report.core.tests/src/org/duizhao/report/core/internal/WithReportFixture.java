package org.duizhao.report.core.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class whose every test gets a fresh {@link ReportFixture} in its own temporary folder,
 * closed after the test. A subclass's own {@code @BeforeEach} runs after the fixture is made (JUnit
 * runs a superclass's first), so it may code passages in it.
 */
abstract class WithReportFixture {

	@TempDir
	Path temp;
	ReportFixture f;

	@BeforeEach
	void openFixture() throws Exception {
		f = new ReportFixture(temp);
	}

	@AfterEach
	void closeFixture() throws Exception {
		f.close();
	}
}
