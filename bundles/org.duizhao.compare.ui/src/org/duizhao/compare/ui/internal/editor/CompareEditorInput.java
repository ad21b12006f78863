package org.duizhao.compare.ui.internal.editor;

import java.util.Objects;

import org.duizhao.compare.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Two document versions to compare; equal inputs open the same editor.
 *
 * @param a the left document, never {@code null}
 * @param b the right document, never {@code null}
 */
public record CompareEditorInput(DocumentRef a, DocumentRef b) implements TransientInput {

	/** Checks for {@code null}. */
	public CompareEditorInput {
		Objects.requireNonNull(a, "a"); //$NON-NLS-1$
		Objects.requireNonNull(b, "b"); //$NON-NLS-1$
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.Editor_title, shorten(a.title()), shorten(b.title()));
	}

	private static String shorten(String title) {
		return title.length() > 14 ? title.substring(0, 13) + '\u2026' : title;
	}

	@Override
	public String getToolTipText() {
		return a.title() + " \u2194 " + b.title(); //$NON-NLS-1$
	}
}
