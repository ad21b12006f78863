package org.duizhao.corpus.core.internal;

/** Names of the files and folders of a project; see PROJECT-FORMAT.md. */
public final class ProjectLayout {

	/** The format version this code writes and the newest it reads. */
	public static final int FORMAT = 1;
	public static final String PROJECT_JSON = "project.json"; //$NON-NLS-1$
	public static final String DOCUMENTS = "documents"; //$NON-NLS-1$
	public static final String STAGING = ".staging"; //$NON-NLS-1$
	public static final String LOCK = ".lock"; //$NON-NLS-1$
	public static final String QUARANTINE = "quarantine"; //$NON-NLS-1$
	public static final String DOCUMENT_JSON = "document.json"; //$NON-NLS-1$
	public static final String TEXT = "text.txt"; //$NON-NLS-1$
	public static final String STRUCTURE = "structure.json"; //$NON-NLS-1$
	public static final String ORIGINAL = "original"; //$NON-NLS-1$

	private ProjectLayout() {
	}
}
