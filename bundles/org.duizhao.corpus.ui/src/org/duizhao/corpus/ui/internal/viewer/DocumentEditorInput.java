package org.duizhao.corpus.ui.internal.viewer;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Names one version of one document of a project. Equal inputs open the same editor, so opening a
 * document twice shows the editor already open.
 */
public final class DocumentEditorInput implements IEditorInput {

	private final Path projectRoot;
	private final String documentId;
	private final int version;
	private final String title;

	/**
	 * @param projectRoot the project folder, not {@code null}
	 * @param documentId the document's id, not {@code null}
	 * @param version the version number shown
	 * @param title the title shown on the editor tab, not {@code null}
	 */
	public DocumentEditorInput(Path projectRoot, String documentId, int version, String title) {
		this.projectRoot = Objects.requireNonNull(projectRoot);
		this.documentId = Objects.requireNonNull(documentId);
		this.version = version;
		this.title = Objects.requireNonNull(title);
	}

	/** @return the project folder */
	public Path projectRoot() {
		return projectRoot;
	}

	/** @return the document id */
	public String documentId() {
		return documentId;
	}

	/** @return the version number */
	public int version() {
		return version;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return new DocumentInputPersistence(this);
	}

	@Override
	public String getToolTipText() {
		return title + " \u2014 v" + version + " \u2014 " + projectRoot; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DocumentEditorInput other && other.projectRoot.equals(projectRoot)
				&& other.documentId.equals(documentId) && other.version == version;
	}

	@Override
	public int hashCode() {
		return Objects.hash(projectRoot, documentId, version);
	}
}
