package org.duizhao.annotations.core.internal.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.shared.SharedProjects;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share a local project, open a teammate's working copy, and find no password in either folder. */
class SharedProjectTest extends ServerTest {

	private static final String TEXT = "甘肃省关于推进产业扶贫的实施意见𠮷。"; //$NON-NLS-1$

	@TempDir
	Path temp;

	@Test
	void aSharedProjectOpensAsAWorkingCopyWithEverythingAndNoPassword() throws Exception {
		Path local = temp.resolve("local"); //$NON-NLS-1$
		Project project = Project.create(local, "扶贫政策"); //$NON-NLS-1$
		Path source = temp.resolve("gansu.txt"); //$NON-NLS-1$
		Files.writeString(source, TEXT, StandardCharsets.UTF_8);
		new Importer(project, ImportOptions.defaults()).importFiles(List.of(source), null);
		Document doc = project.documents().get(0);
		Files.createDirectories(local.resolve("normalization")); //$NON-NLS-1$
		Files.writeString(local.resolve("normalization/variants.tsv"), "於\t于\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Annotation coded;
		try (AnnotationStore store = AnnotationStores.open(local)) {
			Code parent = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			Code child = store.createCode(parent.id(), "产业", null, null, null); //$NON-NLS-1$
			coded = store.addAnnotation(new NewAnnotation(doc.id(), 1, 4, 8, TextQuote.of(TEXT, 4, 8),
					List.of(child.id()), "备注", "王芳")); //$NON-NLS-1$ //$NON-NLS-2$
			store.createMemo(doc.id(), "想法", "正文", "王芳"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}

		SharedProjects.ShareResult shared = SharedProjects.share(local, address, server.password(), null);
		assertThat(shared.annotations()).isEqualTo(1);
		assertThat(shared.files()).isGreaterThanOrEqualTo(4);
		assertThat(AnnotationStores.server(local)).contains(address);

		Path copy = temp.resolve("copy"); //$NON-NLS-1$
		assertThat(SharedProjects.openShared(address, server.password(), copy, null)).isEqualTo(shared.files());
		assertThat(SharedProjects.openShared(address, server.password(), copy, null)).as("cached").isZero();
		Project opened = Project.open(copy);
		assertThat(opened.documents()).extracting(Document::id).containsExactly(doc.id());
		assertThat(opened.readText(opened.documents().get(0), opened.documents().get(0).versions().get(0)))
				.isEqualTo(TEXT);
		assertThat(Files.readString(copy.resolve("normalization/variants.tsv"))).isEqualTo("於\t于\n"); //$NON-NLS-1$ //$NON-NLS-2$
		try (AnnotationStore store = AnnotationStores.open(copy, a -> java.util.Optional.of(server.password()))) {
			assertThat(store).isInstanceOf(org.duizhao.annotations.core.internal.outbox.OutboxStore.class);
			assertThat(((org.duizhao.annotations.core.internal.outbox.OutboxStore) store).connected())
					.isInstanceOf(PostgresAnnotationStore.class);
			assertThat(store.annotations(AnnotationQuery.all())).containsExactly(coded);
			assertThat(store.codes()).hasSize(2);
			assertThat(store.allMemos()).hasSize(1);
		}
		assertNoPassword(local);
		assertNoPassword(copy);
	}

	private void assertNoPassword(Path folder) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(f)) {
					String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
					assertThat(bytes).as(f.toString()).doesNotContain(server.password());
				}
			}
		}
	}
}
