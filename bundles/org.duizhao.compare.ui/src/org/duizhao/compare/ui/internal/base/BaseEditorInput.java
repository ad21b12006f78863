package org.duizhao.compare.ui.internal.base;

import java.util.List;
import java.util.Objects;

import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.editor.DocumentRef;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** One base document and the documents compared with it. */
public final class BaseEditorInput implements IEditorInput {

	private final DocumentRef base;
	private final List<DocumentRef> others;

	/**
	 * @param base never {@code null}
	 * @param others never {@code null}, at least one
	 */
	public BaseEditorInput(DocumentRef base, List<DocumentRef> others) {
		this.base = Objects.requireNonNull(base, "base"); //$NON-NLS-1$
		this.others = List.copyOf(others);
	}

	/** @return the base */
	public DocumentRef base() {
		return base;
	}

	/** @return the others, in order */
	public List<DocumentRef> others() {
		return others;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.Base_title, base.title());
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return getName() + " + " + others.size(); //$NON-NLS-1$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof BaseEditorInput other && other.base.equals(base) && other.others.equals(others);
	}

	@Override
	public int hashCode() {
		return Objects.hash(base, others);
	}
}
