package org.duizhao.annotations.core.anchor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.internal.anchor.Messages;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.DocumentVersion;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * A document gets a new text version and its annotations follow: the core service behind
 * Document &gt; Change Encoding, "new version from a file" and {@code duizhao version}.
 * <p>
 * The version is added to the project first (atomically, see {@link Project#addVersion} and
 * {@link Project#redecode}); then every annotation of the document that names an older version is
 * re-anchored ({@link Reanchorer}) from the text of the version it names onto the current one,
 * and the changed annotations are written in one store transaction
 * ({@link AnnotationStore#updateAnnotations}). If that write fails the annotations still name the
 * version they were made on, where their positions hold; {@link #reanchor} carries them over later.
 * Annotations left unanchored by an earlier re-anchoring are tried again each time.
 *
 * @since 0.1
 */
public final class DocumentVersioning {

	/** Attempts when another writer changes one of the annotations meanwhile. */
	private static final int ATTEMPTS = 3;

	private final Project project;
	private final AnnotationStore store;
	private final ReanchorOptions options;

	/** @param project the project, not {@code null}; @param store its annotation store, not {@code null} */
	public DocumentVersioning(Project project, AnnotationStore store) {
		this(project, store, ReanchorOptions.defaults());
	}

	/** @param options the re-anchoring settings, not {@code null} */
	public DocumentVersioning(Project project, AnnotationStore store, ReanchorOptions options) {
		this.project = Objects.requireNonNull(project, "project"); //$NON-NLS-1$
		this.store = Objects.requireNonNull(store, "store"); //$NON-NLS-1$
		this.options = Objects.requireNonNull(options, "options"); //$NON-NLS-1$
	}

	/**
	 * Makes the text of {@code file} the document's new version and re-anchors its annotations.
	 *
	 * @param monitor progress and cancel, may be {@code null}; cancelling after the version is added
	 *            leaves the annotations on their old version
	 * @throws ProjectException if the document is unknown or the file cannot be read as text
	 * @throws org.duizhao.annotations.core.StoreException if the annotations cannot be written
	 */
	public VersionChange addVersion(String documentId, Path file, IProgressMonitor monitor) throws IOException {
		SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.Version_task, documentId), 100);
		Document updated = project.addVersion(documentId, file);
		sub.worked(20);
		return new VersionChange(updated, reanchor(documentId, sub.split(80)));
	}

	/**
	 * Decodes the document's original bytes again with {@code charset} as a new version (Change
	 * Encoding) and re-anchors its annotations.
	 *
	 * @see #addVersion(String, Path, IProgressMonitor)
	 */
	public VersionChange redecode(String documentId, String charset, IProgressMonitor monitor) throws IOException {
		SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.Version_task, documentId), 100);
		Document updated = project.redecode(documentId, charset);
		sub.worked(20);
		return new VersionChange(updated, reanchor(documentId, sub.split(80)));
	}

	/**
	 * Re-anchors every annotation of the document that names an older version onto its current
	 * version, in one store transaction.
	 *
	 * @param monitor progress and cancel, may be {@code null}; a cancelled call writes nothing
	 * @return the outcomes and counts (nothing to do: no outcomes)
	 */
	public ReanchorResult reanchor(String documentId, IProgressMonitor monitor) throws IOException {
		Document document = project.document(documentId)
				.orElseThrow(() -> new ProjectException(NLS.bind(Messages.Version_unknownDocument, documentId)));
		for (int attempt = 1;; attempt++) {
			ReanchorResult result = compute(document, SubMonitor.convert(monitor, Messages.Reanchor_task, 1).split(1));
			List<Annotation> changed = result.changed();
			try {
				if (!changed.isEmpty()) {
					store.updateAnnotations(changed);
				}
				return result;
			} catch (ConflictException e) {
				if (attempt >= ATTEMPTS) {
					throw e;
				}
			}
		}
	}

	/** @return the outcomes for the annotations naming older versions, grouped by the version they name */
	private ReanchorResult compute(Document document, IProgressMonitor monitor) throws IOException {
		DocumentVersion current = document.current();
		Map<Integer, List<Annotation>> byVersion = new TreeMap<>();
		for (Annotation a : store.annotations(AnnotationQuery.document(document.id()))) {
			if (a.version() != current.number()) {
				byVersion.computeIfAbsent(a.version(), k -> new ArrayList<>()).add(a);
			}
		}
		SubMonitor sub = SubMonitor.convert(monitor, byVersion.size() + 1);
		VersionText to = new VersionText(current.number(), project.readText(document, current));
		ReanchorResult result = ReanchorResult.NONE;
		for (Map.Entry<Integer, List<Annotation>> group : byVersion.entrySet()) {
			result = result.plus(Reanchorer.reanchor(text(document, group.getKey()), to, group.getValue(), options,
					sub.split(1)));
		}
		return result;
	}

	/** @return the text of a version; an unknown version (a hand-edited project) has none, so only quotes speak */
	private VersionText text(Document document, int number) throws IOException {
		DocumentVersion version = document.version(number);
		return new VersionText(number, version == null ? "" : project.readText(document, version)); //$NON-NLS-1$
	}
}
