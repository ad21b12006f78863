package org.duizhao.corpus.ui.internal.viewer;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * Saves an open document viewer with the workbench and restores it on the next start, unless its
 * project has gone.
 */
public final class DocumentInputPersistence implements IPersistableElement, IElementFactory {

	/** The factory id declared in plugin.xml. */
	public static final String ID = "org.duizhao.corpus.ui.documentInputFactory"; //$NON-NLS-1$

	private static final String PROJECT = "project"; //$NON-NLS-1$
	private static final String DOCUMENT = "document"; //$NON-NLS-1$
	private static final String VERSION = "version"; //$NON-NLS-1$
	private static final String TITLE = "title"; //$NON-NLS-1$

	private final DocumentEditorInput input;

	/** For the extension registry. */
	public DocumentInputPersistence() {
		this(null);
	}

	DocumentInputPersistence(DocumentEditorInput input) {
		this.input = input;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(PROJECT, input.projectRoot().toString());
		memento.putString(DOCUMENT, input.documentId());
		memento.putInteger(VERSION, input.version());
		memento.putString(TITLE, input.getName());
	}

	@Override
	public String getFactoryId() {
		return ID;
	}

	@Override
	public IAdaptable createElement(IMemento memento) {
		String project = memento.getString(PROJECT);
		String document = memento.getString(DOCUMENT);
		Integer version = memento.getInteger(VERSION);
		String title = memento.getString(TITLE);
		if (project == null || document == null || version == null || title == null
				|| !Files.isDirectory(Path.of(project, "documents", document))) { //$NON-NLS-1$
			return null;
		}
		return new DocumentEditorInput(Path.of(project), document, version, title);
	}
}
