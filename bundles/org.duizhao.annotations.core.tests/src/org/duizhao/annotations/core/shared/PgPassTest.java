package org.duizhao.annotations.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.duizhao.annotations.core.ServerAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassTest {

	private static final ServerAddress ADDRESS = new ServerAddress("db.example.org", 5433, "policy", "wangfang"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	@TempDir
	Path dir;

	private Path pgpass(String text, String permissions) throws Exception {
		Path file = dir.resolve(".pgpass"); //$NON-NLS-1$
		Files.writeString(file, text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
		return file;
	}

	@Test
	void theFirstMatchingLineWinsWithWildcardsAndEscapes() throws Exception {
		Path file = pgpass("# comment\nother:5433:policy:wangfang:wrong\n" //$NON-NLS-1$
				+ "db.example.org:*:policy:wangfang:a\\:b\\\\c:d\n*:*:*:*:fallback\n", "rw-------"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(PgPass.find(file, ADDRESS)).contains("a:b\\c:d"); //$NON-NLS-1$
		assertThat(PgPass.find(file, new ServerAddress("h", 1, "x", "y"))).contains("fallback"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	void noMatchOrAFileOthersMayReadGivesNothing() throws Exception {
		assertThat(PgPass.find(pgpass("db.example.org:5432:policy:wangfang:pw\n", "rw-------"), ADDRESS)).isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(PgPass.find(pgpass("*:*:*:*:pw\n", "rw-r--r--"), ADDRESS)).isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(PgPass.find(dir.resolve("missing"), ADDRESS)).isEmpty(); //$NON-NLS-1$
	}

	@Test
	void serverAddressesParseAsLibpqUrls() {
		assertThat(ServerAddress.parse("postgresql://db.example.org:5433/policy", "wangfang")).isEqualTo(ADDRESS); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(ServerAddress.parse("postgres://h/p", "u").port()).isEqualTo(5432); //$NON-NLS-1$ //$NON-NLS-2$
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServerAddress.parse("http://h/p", "u")) //$NON-NLS-1$ //$NON-NLS-2$
				.isInstanceOf(IllegalArgumentException.class);
	}
}
