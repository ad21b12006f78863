package org.duizhao.compare.ui.internal.base;

import java.util.List;
import java.util.Objects;

import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.editor.DocumentRef;
import org.duizhao.compare.ui.internal.editor.TransientInput;
import org.eclipse.osgi.util.NLS;

/**
 * One base document and the documents compared with it.
 *
 * @param base never {@code null}
 * @param others never {@code null}, at least one, in order
 */
public record BaseEditorInput(DocumentRef base, List<DocumentRef> others) implements TransientInput {

	/** Checks the base and copies the list. */
	public BaseEditorInput {
		Objects.requireNonNull(base, "base"); //$NON-NLS-1$
		others = List.copyOf(others);
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.Base_title, base.title());
	}

	@Override
	public String getToolTipText() {
		return getName() + " + " + others.size(); //$NON-NLS-1$
	}
}
