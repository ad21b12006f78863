package org.duizhao.compare.ui.internal.handlers;

import org.duizhao.compare.ui.internal.editor.CompareEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Goes to the next (or, with data {@code previous}, the previous) change of the active compare editor;
 * in Related mode, to the next (previous) parallel passage.
 */
public class NavigateHandler extends AbstractHandler implements IExecutableExtension {

	private boolean previous;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		previous = "previous".equals(data); //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof CompareEditor editor) {
			if (previous) {
				editor.previous();
			} else {
				editor.next();
			}
		}
		return null;
	}
}
