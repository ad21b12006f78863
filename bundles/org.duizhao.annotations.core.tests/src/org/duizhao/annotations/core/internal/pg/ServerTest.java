package org.duizhao.annotations.core.internal.pg;

import java.nio.file.Path;

import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests that each get a throwaway PostgreSQL server with one fresh database. */
abstract class ServerTest {

	/** The server of the running test. */
	PgTestServer server;
	/** Its fresh database, for the superuser. */
	ServerAddress address;

	@BeforeEach
	void startServer() throws Exception {
		server = new PgTestServer();
		address = server.newDatabase();
	}

	@AfterEach
	void stopServer() {
		server.close();
	}

	/** @return the superuser's store of the test's database, with its working copy (and outbox) in {@code copy} */
	OutboxStore openCopy(Path copy) throws Exception {
		String password = server.password();
		return OutboxStore.open(copy, () -> PostgresAnnotationStore.open(address, password), address.toString());
	}
}
