package org.duizhao.corpus.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing documents (to undo an import whose later steps failed). */
class ProjectDeleteTest {

	@TempDir
	Path tmp;

	@Test
	void deletedDocumentsAreGoneFromMemoryDiskAndTheHashIndex() throws IOException {
		Project p = Project.create(tmp.resolve("p"), "p"); //$NON-NLS-1$ //$NON-NLS-2$
		Path a = Files.writeString(tmp.resolve("a.txt"), "甲文件的内容。", StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		Path b = Files.writeString(tmp.resolve("b.txt"), "乙文件的内容。", StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		ImportReport r = new Importer(p, ImportOptions.defaults()).importFiles(List.of(a, b), null);
		Document first = r.imported().get(0).document();
		Document second = r.imported().get(1).document();

		p.deleteDocuments(List.of(first.id(), "no-such-id")); //$NON-NLS-1$

		assertThat(p.documents()).containsExactly(second);
		assertThat(p.findByOriginalHash(first.current().originalSha256())).isEmpty();
		assertThat(p.folder().resolve("documents").resolve(first.id())).doesNotExist(); //$NON-NLS-1$
		assertThat(Project.open(p.folder()).documents()).extracting(Document::id).containsExactly(second.id());
		// the same file can be imported again
		assertThat(new Importer(p, ImportOptions.defaults()).importFiles(List.of(a), null).imported()).hasSize(1);
	}
}
