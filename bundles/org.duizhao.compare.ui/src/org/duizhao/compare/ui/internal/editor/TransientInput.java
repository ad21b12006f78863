package org.duizhao.compare.ui.internal.editor;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input made for one session: a comparison is recomputed from its documents, so it is
 * not saved with the workbench and has no image or adapters of its own.
 */
public interface TransientInput extends IEditorInput {

	@Override
	default boolean exists() {
		return false;
	}

	@Override
	default ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	default IPersistableElement getPersistable() {
		return null;
	}

	@Override
	default <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
