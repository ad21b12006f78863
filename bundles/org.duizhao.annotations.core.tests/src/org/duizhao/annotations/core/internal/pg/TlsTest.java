package org.duizhao.annotations.core.internal.pg;

import static org.assertj.core.api.Assertions.assertThat;

import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.internal.sql.Sql;
import org.junit.jupiter.api.Test;

/** The store's connections use TLS when the server offers it, and still connect when it does not. */
class TlsTest {

	private static final String SSL_IN_USE = "SELECT COUNT(*) FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl"; //$NON-NLS-1$

	@Test
	void connectionsUseTlsWhenOffered() throws Exception {
		try (PgTestServer server = new PgTestServer()) {
			ServerAddress address = server.newDatabase();
			try (PostgresAnnotationStore plain = PostgresAnnotationStore.open(address, server.password())) {
				long plainSsl = plain.readSql(c -> Sql.queryLong(c, SSL_IN_USE));
				assertThat(plainSsl).isZero();
			}
			server.server.enableTls();
			try (PostgresAnnotationStore secure = PostgresAnnotationStore.open(address, server.password())) {
				long secureSsl = secure.readSql(c -> Sql.queryLong(c, SSL_IN_USE));
				assertThat(secureSsl).isEqualTo(1);
			}
		}
	}
}
