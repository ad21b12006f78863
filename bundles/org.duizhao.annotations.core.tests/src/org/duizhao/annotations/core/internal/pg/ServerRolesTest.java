package org.duizhao.annotations.core.internal.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.Member;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles are enforced by the server: a viewer's and a coder's own SQL, sent straight to the server
 * as their login, can change nothing their role forbids. DELETE, UPDATE, INSERT and TRUNCATE are
 * tried on every table.
 */
class ServerRolesTest {

	private static final String TEXT = "各地要落实扶贫政策，推进产业发展。"; //$NON-NLS-1$
	private static final String PW = "secret-of-the-test"; //$NON-NLS-1$
	private static PgTestServer server;
	private static ServerAddress admin;
	private static Annotation bens;
	private static Annotation annas;

	@BeforeAll
	static void shareAProject() throws Exception {
		server = new PgTestServer();
		admin = server.newDatabase();
		try (PostgresAnnotationStore store = PostgresAnnotationStore.open(admin, server.password())) {
			store.setUpRoles();
			store.addMember("anna", ProjectRole.CODER, PW); //$NON-NLS-1$
			store.addMember("ben", ProjectRole.CODER, PW); //$NON-NLS-1$
			store.addMember("vera", ProjectRole.VIEWER, PW); //$NON-NLS-1$
			store.addMember("olga", ProjectRole.OWNER, PW); //$NON-NLS-1$
			Code code = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			annas = store.addAnnotation(passage("anna", code)); //$NON-NLS-1$
			bens = store.addAnnotation(passage("ben", code)); //$NON-NLS-1$
			store.createMemo(null, "ben's", "memo", "ben"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			store.createLink(annas.id(), bens.id(), "echoes", "", "ben"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertThat(store.members()).extracting(Member::login).contains("anna", "ben", "vera", "olga", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					admin.user());
		}
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.close();
		}
	}

	private static NewAnnotation passage(String coder, Code code) {
		return new NewAnnotation("d1", 1, 0, 4, TextQuote.of(TEXT, 0, 4), List.of(code.id()), null, coder); //$NON-NLS-1$
	}

	@Test
	void aViewerCanReadButChangeNothing() throws Exception {
		Map<String, Long> before = counts();
		try (Connection vera = server.connect(admin.database(), "vera", PW)) { //$NON-NLS-1$
			assertThat(count(vera, "annotations")).isEqualTo(2); //$NON-NLS-1$
			for (String table : PgMembers.TABLES) {
				assertForbidden(vera, "DELETE FROM " + table); //$NON-NLS-1$
				assertForbidden(vera, "UPDATE " + table + " SET " + firstColumn(table) + " = " + firstColumn(table)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				assertForbidden(vera, "INSERT INTO " + table + " SELECT * FROM " + table); //$NON-NLS-1$ //$NON-NLS-2$
				assertForbidden(vera, "TRUNCATE " + table + " CASCADE"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aCoderChangesOnlyTheirOwnRows() throws Exception {
		Map<String, Long> before = counts();
		try (Connection anna = server.connect(admin.database(), "anna", PW)) { //$NON-NLS-1$
			for (String table : PgMembers.TABLES) {
				assertForbidden(anna, "TRUNCATE " + table + " CASCADE"); //$NON-NLS-1$ //$NON-NLS-2$
				if (!PgMembers.CODER_TABLES.contains(table)) {
					assertForbidden(anna, "DELETE FROM " + table); //$NON-NLS-1$
					assertForbidden(anna, "UPDATE " + table + " SET " + firstColumn(table) + " = " + firstColumn(table)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				if (!PgMembers.CODER_TABLES.contains(table) && !PgMembers.CODER_APPEND_TABLES.contains(table)) {
					assertForbidden(anna, "INSERT INTO " + table + " SELECT * FROM " + table); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			// she records her own operations only, and cannot change or delete any
			assertForbidden(anna, "INSERT INTO applied_operations (op_id, login, applied) VALUES ('forged', 'ben', 0)"); //$NON-NLS-1$
			assertThat(update(anna, "INSERT INTO applied_operations (op_id, applied) VALUES ('annas-op', 0)")).isEqualTo(1); //$NON-NLS-1$
			assertForbidden(anna, "DELETE FROM applied_operations WHERE op_id = 'annas-op'"); //$NON-NLS-1$
			assertForbidden(anna, "UPDATE applied_operations SET result = 'x' WHERE op_id = 'annas-op'"); //$NON-NLS-1$
			// other coders' rows are invisible to her writes
			assertThat(update(anna, "DELETE FROM annotations WHERE coder <> 'anna'")).isZero(); //$NON-NLS-1$
			assertThat(update(anna, "UPDATE annotations SET memo = 'mine now' WHERE coder = 'ben'")).isZero(); //$NON-NLS-1$
			assertThat(update(anna, "DELETE FROM annotation_codes WHERE annotation_id = '" + bens.id() + "'")).isZero(); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(update(anna, "DELETE FROM memos")).isZero(); //$NON-NLS-1$
			assertThat(update(anna, "UPDATE links SET memo = 'x'")).isZero(); //$NON-NLS-1$
			assertThat(update(anna, "DELETE FROM links")).isZero(); //$NON-NLS-1$
			// she cannot write in another's name, nor hand her passage over
			assertForbidden(anna, "INSERT INTO annotations SELECT 'forged', document_id, version, start_cp, end_cp, " //$NON-NLS-1$
					+ "quote_exact, quote_prefix, quote_suffix, memo, 'ben', created, modified, anchoring, 1 FROM annotations LIMIT 1"); //$NON-NLS-1$
			assertForbidden(anna, "UPDATE annotations SET coder = 'ben' WHERE coder = 'anna'"); //$NON-NLS-1$
			assertForbidden(anna, "INSERT INTO annotation_codes SELECT '" + bens.id() + "', id, 9 FROM codes"); //$NON-NLS-1$ //$NON-NLS-2$
			assertForbidden(anna, "INSERT INTO memos VALUES ('m', NULL, 't', 'b', 'ben', 0, 0, 1)"); //$NON-NLS-1$
		}
		before.merge("applied_operations", 1L, Long::sum); //$NON-NLS-1$
		assertThat(counts()).isEqualTo(before);
		try (PostgresAnnotationStore owner = PostgresAnnotationStore.open(admin, server.password())) {
			assertThat(owner.annotation(bens.id()).orElseThrow().memo()).isEqualTo(bens.memo());
		}
	}

	@Test
	void aCoderEditsTheirOwnAnnotationsThroughTheStoreAndIsRefusedOthers() throws Exception {
		ServerAddress asAnna = new ServerAddress(admin.host(), admin.port(), admin.database(), "anna"); //$NON-NLS-1$
		try (PostgresAnnotationStore anna = PostgresAnnotationStore.open(asAnna, PW)) {
			assertThat(anna.annotations(AnnotationQuery.all())).hasSize(2);
			Annotation ben = anna.annotation(bens.id()).orElseThrow();
			assertThatThrownBy(() -> anna.updateAnnotation(ben.withMemo("mine"))).isInstanceOf(StoreException.class); //$NON-NLS-1$
			assertThatThrownBy(() -> anna.deleteAnnotation(ben.id(), ben.rowVersion())).isInstanceOf(StoreException.class);
			assertThatThrownBy(() -> anna.createCode(null, "新码", null, null, null)).isInstanceOf(StoreException.class); //$NON-NLS-1$
			assertThatThrownBy(() -> anna.addMember("eve", ProjectRole.OWNER, "x")).isInstanceOf(StoreException.class); //$NON-NLS-1$ //$NON-NLS-2$
			Annotation own = anna.annotations(AnnotationQuery.all()).stream().filter(a -> a.coder().equals("anna")) //$NON-NLS-1$
					.findFirst().orElseThrow();
			Annotation changed = anna.updateAnnotation(own.withMemo("我的备注")); //$NON-NLS-1$
			assertThat(changed.rowVersion()).isEqualTo(own.rowVersion() + 1);
			Memo memo = anna.createMemo(null, "anna's", "text", "anna"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			anna.deleteMemo(memo.id(), memo.rowVersion());
			assertThat(anna.annotation(bens.id()).orElseThrow().memo()).isEqualTo(bens.memo());
		}
	}

	@Test
	void anOwnerMemberChangesEverything() throws Exception {
		ServerAddress asOlga = new ServerAddress(admin.host(), admin.port(), admin.database(), "olga"); //$NON-NLS-1$
		try (PostgresAnnotationStore olga = PostgresAnnotationStore.open(asOlga, PW)) {
			Code code = olga.createCode(null, "党建", null, null, null); //$NON-NLS-1$
			Annotation ben = olga.annotation(bens.id()).orElseThrow();
			Annotation edited = olga.updateAnnotation(ben.withCodes(List.of(code.id())));
			olga.updateAnnotation(edited.withCodes(ben.codeIds()));
			olga.deleteCode(code.id(), code.rowVersion());
		}
	}

	@Test
	void anOwnerAddedLaterManagesMembersWithTheirOwnLogin(@TempDir Path copy) throws Exception {
		ServerAddress asOlga = new ServerAddress(admin.host(), admin.port(), admin.database(), "olga"); //$NON-NLS-1$
		try (Connection c = server.connect(admin.database(), "olga", PW)) { //$NON-NLS-1$
			assertThat(count(c, "pg_roles WHERE rolname = 'olga' AND (rolcreaterole OR rolsuper)")).as("olga may not create roles herself").isZero(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try (PostgresAnnotationStore olga = PostgresAnnotationStore.open(asOlga, PW)) {
			olga.addMember("carl", ProjectRole.CODER, "carls-own"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(olga.members()).contains(new Member("carl", ProjectRole.CODER)); //$NON-NLS-1$
		}
		ServerAddress asCarl = new ServerAddress(admin.host(), admin.port(), admin.database(), "carl"); //$NON-NLS-1$
		try (OutboxStore carl = OutboxStore.open(copy, () -> PostgresAnnotationStore.open(asCarl, "carls-own"), "carl")) { //$NON-NLS-1$ //$NON-NLS-2$
			Annotation own = carl.addAnnotation(passage("carl", carl.codes().get(0))); //$NON-NLS-1$
			assertThat(own.rowVersion()).as("on the server, not queued").isPositive();
			carl.deleteAnnotation(own.id(), own.rowVersion());
			assertThatThrownBy(() -> ((PostgresAnnotationStore) carl.connected()).addMember("mallory", ProjectRole.OWNER, "x")) //$NON-NLS-1$ //$NON-NLS-2$
					.isInstanceOf(StoreException.class);
		}
		try (PostgresAnnotationStore olga = PostgresAnnotationStore.open(asOlga, PW)) {
			olga.removeMember("carl"); //$NON-NLS-1$
			assertThat(olga.members()).extracting(Member::login).doesNotContain("carl", "mallory"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		assertThatThrownBy(() -> PostgresAnnotationStore.open(asCarl, "carls-own").close()).as("no longer a member") //$NON-NLS-1$
				.isInstanceOf(StoreException.class);
	}

	private static void assertForbidden(Connection c, String sql) {
		assertThatThrownBy(() -> update(c, sql)).as(sql).isInstanceOfSatisfying(SQLException.class,
				e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo("42501")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int update(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement()) {
			return s.executeUpdate(sql);
		}
	}

	private static long count(Connection c, String table) throws SQLException {
		try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM " + table)) { //$NON-NLS-1$
			r.next();
			return r.getLong(1);
		}
	}

	private static String firstColumn(String table) {
		return switch (table) {
		case "schema_version" -> "version"; //$NON-NLS-1$ //$NON-NLS-2$
		case "link_types" -> "name"; //$NON-NLS-1$ //$NON-NLS-2$
		case "annotation_codes" -> "position"; //$NON-NLS-1$ //$NON-NLS-2$
		case "members" -> "login"; //$NON-NLS-1$ //$NON-NLS-2$
		case "project_files" -> "path"; //$NON-NLS-1$ //$NON-NLS-2$
		case "applied_operations" -> "op_id"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> "id"; //$NON-NLS-1$
		};
	}

	private static Map<String, Long> counts() throws SQLException {
		Map<String, Long> out = new TreeMap<>();
		try (Connection c = server.connect(admin.database(), admin.user(), server.password())) {
			for (String table : PgMembers.TABLES) {
				out.put(table, count(c, table));
			}
		}
		return out;
	}
}
