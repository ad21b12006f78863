package org.duizhao.compare.ui.internal.editor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.DocumentVersion;
import org.duizhao.text.core.normalize.Normalizer;
import org.duizhao.text.core.normalize.ScriptTarget;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;

/**
 * Names one version of one document of a project: what a comparison is made on.
 *
 * @param projectRoot the project folder
 * @param documentId the document id
 * @param version the version number
 * @param title the title shown
 */
public record DocumentRef(Path projectRoot, String documentId, int version, String title) {

	/** Checks for {@code null}. */
	public DocumentRef {
		Objects.requireNonNull(projectRoot, "projectRoot"); //$NON-NLS-1$
		Objects.requireNonNull(documentId, "documentId"); //$NON-NLS-1$
		Objects.requireNonNull(title, "title"); //$NON-NLS-1$
	}

	/** @return the current version of the node's document */
	public static DocumentRef of(DocumentNode node) {
		Document doc = node.document();
		return new DocumentRef(node.project().folder(), doc.id(), doc.current().number(), doc.displayName());
	}

	/** @return the normalizer with the project's own tables (reads the disk: call off the UI thread) */
	public Normalizer normalizer() throws IOException {
		Project project = CorpusUiPlugin.getDefault().projects().open(projectRoot);
		return project.normalization().normalizer(ScriptTarget.SIMPLIFIED);
	}

	/** @return the decoded text of this version (reads the disk: call off the UI thread) */
	public String readText() throws IOException {
		Project project = CorpusUiPlugin.getDefault().projects().open(projectRoot);
		Document document = project.document(documentId).orElseThrow(() -> new FileNotFoundException(title));
		DocumentVersion v = document.version(version);
		return project.readText(document, v == null ? document.current() : v);
	}
}
