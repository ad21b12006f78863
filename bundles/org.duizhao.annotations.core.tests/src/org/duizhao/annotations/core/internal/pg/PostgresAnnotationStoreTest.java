package org.duizhao.annotations.core.internal.pg;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.contract.AnnotationStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a real PostgreSQL server: the same suite as the SQLite file's. */
class PostgresAnnotationStoreTest extends AnnotationStoreContract {

	private static PgTestServer server;

	@BeforeAll
	static void startServer() {
		server = new PgTestServer();
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Override
	protected AnnotationStore newStore() throws Exception {
		return PostgresAnnotationStore.open(server.newDatabase(), server.password());
	}
}
