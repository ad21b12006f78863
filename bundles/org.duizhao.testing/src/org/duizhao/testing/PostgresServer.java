package org.duizhao.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests: a fresh cluster ({@code initdb}) in a temporary folder,
 * listening on 127.0.0.1 at a free port, with password (SCRAM) authentication for a superuser, and
 * removed on {@link #close()}. PostgreSQL refuses to run as root, so as root every server command
 * runs as the {@code postgres} system user ({@code runuser}).
 * <p>
 * When no PostgreSQL server binaries are installed the calling test is skipped, except on CI
 * (environment {@code CI} set), where a missing server is a failure: {@code .ci/run} installs it.
 */
public final class PostgresServer implements AutoCloseable {

	/** The superuser that {@code initdb} creates. */
	public static final String SUPERUSER = "duizhao_admin"; //$NON-NLS-1$

	private final Path bin;
	private final Path root;
	private final Path data;
	private final int port;
	private final String password;
	private final boolean asRoot;

	private PostgresServer(Path bin, Path root, int port, String password) {
		this.bin = bin;
		this.root = root;
		this.data = root.resolve("data"); //$NON-NLS-1$
		this.port = port;
		this.password = password;
		this.asRoot = "root".equals(System.getProperty("user.name")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Creates and starts a fresh cluster.
	 *
	 * @return the running server; close it to stop it and delete its files
	 */
	public static PostgresServer start() {
		Path bin = findBinaries();
		if (bin == null && System.getenv("CI") != null) { //$NON-NLS-1$
			throw new IllegalStateException("PostgreSQL server binaries (initdb, pg_ctl) not found; .ci/run installs Debian's postgresql"); //$NON-NLS-1$
		}
		assumeTrue(bin != null, "PostgreSQL server binaries not found (Debian: apt-get install postgresql)"); //$NON-NLS-1$
		try {
			Path root = Files.createTempDirectory("duizhao-pg-"); //$NON-NLS-1$
			byte[] secret = new byte[12];
			new SecureRandom().nextBytes(secret);
			PostgresServer server = new PostgresServer(bin, root, freePort(), HexFormat.of().formatHex(secret));
			server.init();
			server.startServer();
			return server;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return {@code 127.0.0.1} */
	public String host() {
		return "127.0.0.1"; //$NON-NLS-1$
	}

	/** @return the TCP port the server listens on */
	public int port() {
		return port;
	}

	/** @return the superuser's password */
	public String password() {
		return password;
	}

	/** @return a JDBC URL for {@code database} on this server */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + host() + ":" + port + "/" + database; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return a {@code postgresql://} URL as the CLI takes it, for {@code database} */
	public String url(String database) {
		return "postgresql://" + host() + ":" + port + "/" + database; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Creates an empty database owned by the superuser ({@code createdb}, no JDBC driver needed). */
	public void createDatabase(String name) {
		try {
			run(List.of(tool("createdb"), "-h", host(), "-p", Integer.toString(port), "-U", SUPERUSER, name)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Turns TLS on with a fresh self-signed certificate ({@code openssl}) and restarts the server,
	 * so that tests can check that clients use TLS when the server offers it.
	 */
	public void enableTls() {
		try {
			run(List.of("openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=" + host(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
					"-keyout", data.resolve("server.key").toString(), "-out", data.resolve("server.crt").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			run(List.of("chmod", "600", data.resolve("server.key").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			run(List.of("sh", "-c", "echo 'ssl = on' >> " + data.resolve("postgresql.conf"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		stop();
		restart();
	}

	/** Stops the server (fast shutdown: sessions are ended, committed data kept). */
	public void stop() {
		pgCtl("stop", "-m", "fast"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Stops the server as a crash would ({@code immediate}: no checkpoint; recovery on next start). */
	public void crash() {
		pgCtl("stop", "-m", "immediate"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Starts the server again on the same port and data. */
	public void restart() {
		try {
			startServer();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Stops the server if it runs and deletes its files. */
	@Override
	public void close() {
		try {
			if (Files.exists(data.resolve("postmaster.pid"))) { //$NON-NLS-1$
				pgCtl("stop", "-m", "immediate"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		} finally {
			deleteTree(root);
		}
	}

	private void init() throws IOException {
		Path pwfile = root.resolve("pw"); //$NON-NLS-1$
		Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8); //$NON-NLS-1$
		Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------")); //$NON-NLS-1$
		if (asRoot) {
			UserPrincipal postgres = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres"); //$NON-NLS-1$
			Files.setOwner(root, postgres);
			Files.setOwner(pwfile, postgres);
		}
		run(List.of(tool("initdb"), "-D", data.toString(), "-U", SUPERUSER, "-A", "scram-sha-256", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"--pwfile=" + pwfile, "-E", "UTF8", "--locale=C", "-N")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private void startServer() throws IOException {
		String options = "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(List.of(tool("pg_ctl"), "-D", data.toString(), "-l", root.resolve("server.log").toString(), "-o", options, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"-w", "-t", "60", "start")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private void pgCtl(String... args) {
		List<String> command = new ArrayList<>(List.of(tool("pg_ctl"), "-D", data.toString(), "-w", "-t", "60")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		command.addAll(List.of(args));
		try {
			run(command);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String tool(String name) {
		return bin.resolve(name).toString();
	}

	private void run(List<String> command) throws IOException {
		List<String> full = new ArrayList<>();
		if (asRoot) {
			full.addAll(List.of("runuser", "-u", "postgres", "--")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		full.addAll(command);
		Path log = Files.createTempFile("duizhao-pg-cmd", ".log"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile())
					.directory(root.toFile());
			builder.environment().put("PGPASSWORD", password); // for client tools; never written to a file //$NON-NLS-1$
			Process p = builder.start();
			if (!p.waitFor(120, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new IOException("timed out: " + String.join(" ", full)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (p.exitValue() != 0) {
				throw new IOException(String.join(" ", full) + " failed (" + p.exitValue() + "):\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ Files.readString(log, StandardCharsets.UTF_8));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e); //$NON-NLS-1$
		} finally {
			Files.deleteIfExists(log);
		}
	}

	private static Path findBinaries() {
		Path lib = Path.of("/usr/lib/postgresql"); //$NON-NLS-1$
		if (!Files.isDirectory(lib)) {
			return null;
		}
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> versions = Files.newDirectoryStream(lib)) {
			for (Path v : versions) {
				if (Files.isExecutable(v.resolve("bin/initdb")) && Files.isExecutable(v.resolve("bin/pg_ctl"))) { //$NON-NLS-1$ //$NON-NLS-2$
					found.add(v.resolve("bin")); //$NON-NLS-1$
				}
			}
		} catch (IOException e) {
			return null;
		}
		found.sort(Comparator.comparingInt(PostgresServer::majorVersion));
		return found.isEmpty() ? null : found.get(found.size() - 1);
	}

	private static int majorVersion(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a leftover temporary folder is harmless; the test result stands
		}
	}
}
