package org.duizhao.annotations.ui.internal.tests;

import java.nio.file.Path;

import org.duizhao.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up of the shared-project workbench tests: one throwaway PostgreSQL cluster per test class,
 * a temporary folder per test, and the test's {@link SharedFixture} closed after it.
 */
abstract class SharedServerTest {

	static PostgresServer server;

	@TempDir
	Path temp;

	SharedFixture fixture;

	@BeforeAll
	static void startServer() {
		server = PostgresServer.start();
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@AfterEach
	void tearDown() throws Exception {
		if (fixture != null) {
			fixture.close();
		}
	}
}
