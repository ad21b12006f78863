package org.duizhao.annotations.core.internal.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.duizhao.annotations.core.internal.outbox.ReadCache;
import org.duizhao.annotations.core.shared.SharedPointer;
import org.duizhao.annotations.core.shared.SharedProjects;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.DocumentVersion;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectNormalization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server holds everything a teammate needs of the documents: every version with its original
 * bytes, text, structure and metadata, the settings and the normalization tables. A working copy
 * fetches each file once; documents an owner adds or changes later reach the server on sync, a
 * coder's local change stays local and is never overwritten without being kept.
 */
class SharedDocumentsTest extends ServerTest {

	private static final Charset GBK = Charset.forName("GBK"); //$NON-NLS-1$
	private static final String TEXT = "福建省关于推进产业扶贫的实施意见。\n各地要落实扶贫政策。\n"; //$NON-NLS-1$
	private static final String PW = "coder-password"; //$NON-NLS-1$

	@TempDir
	Path temp;

	@Test
	void everyVersionAndItsOriginalBytesReachAWorkingCopyOnceAndLaterChangesBothWays() throws Exception {
		Path local = temp.resolve("local"); //$NON-NLS-1$
		Project project = Project.create(local, "扶贫政策"); //$NON-NLS-1$
		Path gbk = temp.resolve("fujian.txt"); //$NON-NLS-1$
		Files.write(gbk, TEXT.getBytes(GBK));
		new Importer(project, ImportOptions.defaults()).importFiles(List.of(gbk), null);
		Document doc = project.documents().get(0);
		Path revision = temp.resolve("fujian-2.txt"); //$NON-NLS-1$
		Files.writeString(revision, TEXT + "第二版增加的一段。\n", StandardCharsets.UTF_8); //$NON-NLS-1$
		doc = project.addVersion(doc.id(), revision);
		project.updateMetadata(doc.id(), doc.metadata().withTitle("福建产业扶贫意见")); //$NON-NLS-1$
		Files.createDirectories(local.resolve(ProjectNormalization.FOLDER));
		Files.writeString(local.resolve(ProjectNormalization.FOLDER).resolve(ProjectNormalization.LOOKALIKES), "苐=第\n"); //$NON-NLS-1$

		SharedProjects.ShareResult shared = SharedProjects.share(local, address, server.password(), null);
		try (AnnotationStore owner = AnnotationStores.open(local, a -> Optional.of(server.password()))) {
			((PostgresAnnotationStore) ((OutboxStore) owner).connected()).addMember("liming", ProjectRole.CODER, PW); //$NON-NLS-1$
		}

		Path copy = temp.resolve("copy"); //$NON-NLS-1$
		ServerAddress asCoder = new ServerAddress(address.host(), address.port(), address.database(), "liming"); //$NON-NLS-1$
		assertThat(SharedProjects.openShared(asCoder, PW, copy, null)).isEqualTo(shared.files());
		assertThat(SharedProjects.openShared(asCoder, PW, copy, null)).as("fetched once").isZero();
		assertSameFiles(local, copy);
		Project opened = Project.open(copy);
		Document there = opened.document(doc.id()).orElseThrow();
		assertThat(there.versions()).hasSize(2);
		assertThat(there.metadata().title()).isEqualTo("福建产业扶贫意见"); //$NON-NLS-1$
		DocumentVersion first = there.versions().get(0);
		assertThat(opened.readOriginal(there, first)).isEqualTo(TEXT.getBytes(GBK));
		assertThat(first.encoding()).isEqualTo(doc.versions().get(0).encoding());
		assertThat(opened.readText(there, there.versions().get(1))).contains("第二版"); //$NON-NLS-1$
		assertThat(Files.readString(opened.normalization().lookalikesFile())).isEqualTo("苐=第\n"); //$NON-NLS-1$

		// the owner imports a document and edits metadata after sharing; the coder edits metadata too
		Path more = temp.resolve("gansu.txt"); //$NON-NLS-1$
		Files.writeString(more, "甘肃省乡村振兴规划𠮷。\n", StandardCharsets.UTF_8); //$NON-NLS-1$
		new Importer(project, ImportOptions.defaults()).importFiles(List.of(more), null);
		project.updateMetadata(doc.id(), project.document(doc.id()).orElseThrow().metadata().withDate("2020-03-06")); //$NON-NLS-1$
		opened.updateMetadata(doc.id(), there.metadata().withIssuer("某地方的编辑")); //$NON-NLS-1$
		String firstId = doc.id();
		String newId = project.documents().stream().map(Document::id).filter(id -> !id.equals(firstId)).findFirst()
				.orElseThrow();
		List<String> added = ProjectFiles.list(local).stream().filter(f -> f.contains(newId)).toList();
		SharedProjects.FilesResult up;
		try (AnnotationStore owner = AnnotationStores.open(local, a -> Optional.of(server.password()))) {
			up = SharedProjects.syncFiles(owner, local, null);
		}
		assertThat(added).isNotEmpty();
		assertThat(up.uploaded()).as("the new document's files and the changed document.json").isEqualTo(added.size() + 1);
		assertThat(up.fetched()).isZero();
		try (AnnotationStore coder = AnnotationStores.open(copy, a -> Optional.of(PW))) {
			SharedProjects.FilesResult down = SharedProjects.syncFiles(coder, copy, null);
			assertThat(down.uploaded()).isZero();
			assertThat(down.kept()).as("the coder's own document.json, set aside").isEqualTo(1);
			assertThat(down.fetched()).isEqualTo(up.uploaded());
		}
		Project after = Project.open(copy);
		assertThat(after.documents()).hasSize(2);
		assertThat(after.document(firstId).orElseThrow().metadata().date()).isEqualTo("2020-03-06"); //$NON-NLS-1$
		try (Stream<Path> kept = Files.walk(copy.resolve(FileSync.KEPT))) {
			assertThat(kept.filter(Files::isRegularFile).map(p -> readQuietly(p)))
					.anyMatch(text -> text.contains("某地方的编辑")); //$NON-NLS-1$
		}
		assertSameFiles(local, copy);
		for (Path folder : List.of(local, copy)) {
			for (String file : List.of(ReadCache.FILE, OutboxStore.FILE, ".duizhao/files.json", "project.json")) { //$NON-NLS-1$ //$NON-NLS-2$
				assertThat(folder.resolve(file)).as("the check below reads it").exists();
			}
			assertNoSecret(folder, server.password());
			assertNoSecret(folder, PW);
		}
	}

	/** No file of the folder (project files, pointer, outbox, read cache, baseline, kept files) holds {@code secret}. */
	private static void assertNoSecret(Path folder, String secret) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(f)) {
					byte[] bytes = Files.readAllBytes(f);
					assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(secret);
					assertThat(new String(bytes, StandardCharsets.UTF_16LE)).as(f.toString()).doesNotContain(secret);
				}
			}
		}
	}

	private static String readQuietly(Path p) {
		try {
			return Files.readString(p);
		} catch (java.io.IOException e) {
			return ""; //$NON-NLS-1$
		}
	}

	/** Every shared file of {@code a} is in {@code b} with the same bytes ({@code project.json} without the pointer). */
	private static void assertSameFiles(Path a, Path b) throws Exception {
		List<String> files = ProjectFiles.list(a);
		assertThat(ProjectFiles.list(b)).containsExactlyElementsOf(files);
		for (String f : files) {
			byte[] left = Files.readAllBytes(a.resolve(f));
			byte[] right = Files.readAllBytes(b.resolve(f));
			if (f.equals("project.json")) { //$NON-NLS-1$
				left = SharedPointer.withoutPointer(left);
				right = SharedPointer.withoutPointer(right);
			}
			assertThat(right).as(f).isEqualTo(left);
		}
	}
}
