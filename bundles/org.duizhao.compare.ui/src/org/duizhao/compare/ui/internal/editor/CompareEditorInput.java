package org.duizhao.compare.ui.internal.editor;

import java.util.Objects;

import org.duizhao.compare.ui.internal.Messages;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** Two document versions to compare; equal inputs open the same editor. */
public final class CompareEditorInput implements IEditorInput {

	private final DocumentRef a;
	private final DocumentRef b;

	/**
	 * @param a the left document, never {@code null}
	 * @param b the right document, never {@code null}
	 */
	public CompareEditorInput(DocumentRef a, DocumentRef b) {
		this.a = Objects.requireNonNull(a, "a"); //$NON-NLS-1$
		this.b = Objects.requireNonNull(b, "b"); //$NON-NLS-1$
	}

	/** @return the left document */
	public DocumentRef a() {
		return a;
	}

	/** @return the right document */
	public DocumentRef b() {
		return b;
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
		return NLS.bind(Messages.Editor_title, shorten(a.title()), shorten(b.title()));
	}

	private static String shorten(String title) {
		return title.length() > 14 ? title.substring(0, 13) + '\u2026' : title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return a.title() + " \u2194 " + b.title(); //$NON-NLS-1$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CompareEditorInput other && other.a.equals(a) && other.b.equals(b);
	}

	@Override
	public int hashCode() {
		return Objects.hash(a, b);
	}
}
