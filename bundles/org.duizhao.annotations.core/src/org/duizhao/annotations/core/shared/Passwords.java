package org.duizhao.annotations.core.shared;

import java.util.Optional;

import org.duizhao.annotations.core.ServerAddress;

/**
 * Where a member's server password comes from outside the workbench (which keeps it in Eclipse
 * secure storage): the environment variable {@value #ENV}, else the libpq password file. Never a
 * project file.
 */
public final class Passwords {

	/** The environment variable the command line reads the password from. */
	public static final String ENV = "DUIZHAO_PGPASSWORD"; //$NON-NLS-1$

	private Passwords() {
	}

	/** @return the password for {@code address}, if the environment or {@code ~/.pgpass} has one */
	public static Optional<String> lookup(ServerAddress address) {
		String env = System.getenv(ENV);
		if (env != null && !env.isEmpty()) {
			return Optional.of(env);
		}
		return PgPass.find(PgPass.defaultFile(), address);
	}
}
