package org.duizhao.corpus.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor that shows and never saves: the document viewer and the comparison editors. Checks its
 * input's type once, and names itself after the input.
 *
 * @param <I> the input type it accepts
 */
public abstract class ReadOnlyEditor<I extends IEditorInput> extends EditorPart {

	private final Class<I> inputType;

	/** @param inputType the input type accepted */
	protected ReadOnlyEditor(Class<I> inputType) {
		this.inputType = inputType;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!inputType.isInstance(input)) {
			throw new PartInitException("unexpected input: " + input); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	/** @return the input, of the accepted type */
	protected I input() {
		return inputType.cast(getEditorInput());
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save: the editor never changes a document
	}

	@Override
	public void doSaveAs() {
		// nothing to save
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
