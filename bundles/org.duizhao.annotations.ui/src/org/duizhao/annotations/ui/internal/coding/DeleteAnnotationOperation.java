package org.duizhao.annotations.ui.internal.coding;

import java.nio.file.Path;
import java.util.Optional;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.Messages;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Deletes a coded passage; undo makes it again under its id, with its codes, memo, coder and times
 * ({@link AnnotationStore#restoreAnnotation}), so that other clients of a shared project, exports
 * and a later redo know it by the same id.
 */
public final class DeleteAnnotationOperation extends StoreOperation {

	private Annotation deleted;

	/** @param annotation the passage to delete, as read */
	public DeleteAnnotationOperation(Path projectRoot, Annotation annotation) {
		super(Messages.Operation_delete, projectRoot);
		this.deleted = annotation;
	}

	@Override
	protected IStatus apply(AnnotationStore store) throws StoreException {
		Optional<Annotation> current = store.annotation(deleted.id());
		if (current.isEmpty()) {
			return nothing();
		}
		deleted = current.get();
		store.deleteAnnotation(deleted.id(), deleted.rowVersion());
		return Status.OK_STATUS;
	}

	@Override
	protected IStatus revert(AnnotationStore store) throws StoreException {
		deleted = store.restoreAnnotation(deleted);
		return Status.OK_STATUS;
	}
}
