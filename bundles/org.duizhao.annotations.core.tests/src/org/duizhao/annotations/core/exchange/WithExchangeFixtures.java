package org.duizhao.annotations.core.exchange;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class that makes {@link ExchangeFixture}s in a temporary folder per test; the stores they
 * opened are closed after each test, so that the folder can be deleted.
 */
abstract class WithExchangeFixtures {

	@TempDir
	Path tmp;

	@AfterEach
	void closeStores() throws IOException {
		ExchangeFixture.closeAll();
	}
}
