package org.duizhao.annotations.core.internal.pg;

import org.duizhao.annotations.core.ServerAddress;
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
}
