package org.duizhao.annotations.core.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

	@Test
	void scriptsSplitIntoStatementsWithoutComments() {
		String script = "-- heading\nCREATE TABLE a (\n\tx TEXT\n);\n\n-- more\nINSERT INTO a (x) VALUES ('a;b');\nSELECT 1";
		assertThat(SchemaMigrator.statements(script)).containsExactly("CREATE TABLE a (\n\tx TEXT\n)",
				"INSERT INTO a (x) VALUES ('a;b')", "SELECT 1");
	}

	@Test
	void aDollarQuotedBodyStaysOneStatement() {
		String script = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n\tPERFORM 1;\n\n\tRETURN NULL;\nEND;\n$$;\nSELECT 2;";
		assertThat(SchemaMigrator.statements(script)).containsExactly(
				"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n\tPERFORM 1;\n\n\tRETURN NULL;\nEND;\n$$",
				"SELECT 2");
	}

	@Test
	void theKnownVersionIsTheNumberOfScriptsAndTheyAreNumberedInOrder() {
		List<String> scripts = SchemaMigrator.SCRIPTS;
		assertThat(SchemaMigrator.knownVersion()).isEqualTo(scripts.size());
		for (int i = 0; i < scripts.size(); i++) {
			assertThat(scripts.get(i)).startsWith(String.format("%03d-", i + 1)).endsWith(".sql");
		}
	}
}
