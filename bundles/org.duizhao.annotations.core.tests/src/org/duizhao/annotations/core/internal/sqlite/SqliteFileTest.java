package org.duizhao.annotations.core.internal.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreChange;
import org.duizhao.annotations.core.StoreChange.Kind;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.TextQuote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** What only the SQLite file store does: WAL, reopening, several connections on one file, bad files. */
class SqliteFileTest {

	private static final String TEXT = "各地要落实𠮷祥扶贫政策，推进产业发展。"; //$NON-NLS-1$

	@TempDir
	Path folder;

	private static NewAnnotation passage(String doc, int start, int coder, String... codes) {
		return new NewAnnotation(doc, 1, start, start + 2, TextQuote.of(TEXT, start, start + 2), List.of(codes), null,
				"coder" + coder);
	}

	@Test
	void opensAWalDatabaseInTheProjectFolder() throws Exception {
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			assertThat(((SqliteAnnotationStore) store).journalMode()).isEqualToIgnoringCase("wal");
			assertThat(store.describe()).contains(AnnotationStores.FILE_NAME);
		}
		assertThat(folder.resolve(AnnotationStores.FILE_NAME)).isRegularFile();
		assertThat(AnnotationStores.defaultCoder()).isNotBlank();
	}

	@Test
	void reopeningKeepsEverything() throws Exception {
		Annotation a;
		Code code;
		Link link;
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			code = store.createCode(null, "扶贫", null, null, null);
			a = store.addAnnotation(passage("d1", 5, 1, code.id()));
			Annotation b = store.addAnnotation(passage("d2", 0, 2));
			link = store.createLink(a.id(), b.id(), "echoes", "𠮷", "王芳");
			store.createMemo(null, "总", "𝄞", "王芳");
			store.setLinkTypes(List.of("echoes", "呼应"));
		}
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			assertThat(store.codes()).containsExactly(code);
			assertThat(store.annotation(a.id())).contains(a);
			assertThat(store.links()).containsExactly(link);
			assertThat(store.allMemos()).extracting(m -> m.text()).containsExactly("𝄞");
			assertThat(store.linkTypes()).containsExactly("echoes", "呼应");
		}
	}

	@Test
	void aSecondConnectionSeesWritesAndHearsOfThemAsExternal() throws Exception {
		Path file = folder.resolve(AnnotationStores.FILE_NAME);
		try (AnnotationStore workbench = SqliteAnnotationStore.open(file, 0);
				AnnotationStore cli = SqliteAnnotationStore.open(file, 0)) {
			List<StoreChange> heard = new CopyOnWriteArrayList<>();
			workbench.addListener(heard::add);
			assertThat(workbench.pollExternalChanges()).isFalse();
			Annotation a = cli.addAnnotation(passage("d1", 0, 1));
			assertThat(workbench.pollExternalChanges()).isTrue();
			assertThat(heard).containsExactly(new StoreChange(Kind.ALL, null, null, true));
			assertThat(workbench.annotation(a.id())).contains(a);
			assertThat(workbench.pollExternalChanges()).isFalse();
		}
	}

	@Test
	void theWatcherThreadReportsAnotherProcessesWrite() throws Exception {
		try (AnnotationStore workbench = AnnotationStores.open(folder);
				AnnotationStore cli = AnnotationStores.open(folder)) {
			CountDownLatch external = new CountDownLatch(1);
			workbench.addListener(change -> {
				if (change.external()) {
					external.countDown();
				}
			});
			cli.createCode(null, "来自命令行", null, null, null);
			assertThat(external.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(workbench.codes()).extracting(Code::name).containsExactly("来自命令行");
		}
	}

	@Test
	void twoWritersOnOneFileLoseNothing() throws Exception {
		int each = 500;
		try (AnnotationStore setup = AnnotationStores.open(folder)) {
			setup.createCode(null, "扶贫", null, null, null);
		}
		List<CompletableFuture<Void>> writers = new ArrayList<>();
		for (int w = 0; w < 2; w++) {
			int coder = w;
			writers.add(CompletableFuture.runAsync(() -> writeMany(coder, each)));
		}
		CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			assertThat(store.annotations(AnnotationQuery.all())).hasSize(2 * each);
			assertThat(store.coders()).containsExactly("coder0", "coder1");
			assertThat(store.codeCounts().values()).containsExactly(2 * each);
		}
	}

	private void writeMany(int coder, int count) {
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			String code = store.codes().get(0).id();
			for (int i = 0; i < count; i++) {
				store.addAnnotation(passage("d" + i % 7, i % 15, coder, code));
			}
		} catch (StoreException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void aNewerSchemaIsRefused() throws Exception {
		AnnotationStores.open(folder).close();
		SQLiteDataSource source = new SQLiteDataSource();
		source.setUrl("jdbc:sqlite:" + folder.resolve(AnnotationStores.FILE_NAME));
		try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
			s.execute("INSERT INTO schema_version (version, script, applied) VALUES (99, 'future.sql', 0)");
		}
		assertThatThrownBy(() -> AnnotationStores.open(folder)).isInstanceOf(StoreException.class)
				.hasMessageContaining("99").hasMessageContaining(AnnotationStores.FILE_NAME);
	}

	@Test
	void aFileThatIsNotADatabaseGivesAClearError() throws Exception {
		Files.writeString(folder.resolve(AnnotationStores.FILE_NAME), "这不是数据库。".repeat(200),
				StandardCharsets.UTF_8);
		assertThatThrownBy(() -> AnnotationStores.open(folder)).isInstanceOf(StoreException.class)
				.hasMessageContaining(AnnotationStores.FILE_NAME)
				.hasMessageContaining(org.duizhao.annotations.core.internal.Messages.errorNotADatabase.substring(4, 20));
	}

	@Test
	void aMissingProjectFolderGivesAClearError() {
		assertThatThrownBy(() -> AnnotationStores.open(folder.resolve("无"))).isInstanceOf(StoreException.class)
				.hasMessageContaining("无");
	}
}
