package org.duizhao.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.duizhao.testing.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up of the shared-project command tests: a throwaway PostgreSQL cluster with a database
 * {@code policy} per test, and {@code user.home} moved to the test's temporary folder, whose
 * {@code .pgpass} holds the superuser's password (the commands read passwords from there only).
 */
abstract class ServerHomeTest {

	PostgresServer server;
	private String home;

	@TempDir
	Path temp;

	@BeforeEach
	void startServerInTempHome() throws Exception {
		server = PostgresServer.start();
		server.createDatabase("policy"); //$NON-NLS-1$
		home = System.getProperty("user.home"); //$NON-NLS-1$
		System.setProperty("user.home", temp.toString()); //$NON-NLS-1$
		pgpass("*:*:*:" + PostgresServer.SUPERUSER + ":" + server.password() + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@AfterEach
	void stopServerAndRestoreHome() {
		if (home != null) {
			System.setProperty("user.home", home); //$NON-NLS-1$
		}
		if (server != null) {
			server.close();
		}
	}

	/** Adds {@code lines} to the temporary home's {@code .pgpass}, readable by its owner only. */
	void pgpass(String lines) throws Exception {
		Path file = temp.resolve(".pgpass"); //$NON-NLS-1$
		Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
	}
}
