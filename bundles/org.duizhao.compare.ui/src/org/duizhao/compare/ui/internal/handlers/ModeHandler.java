package org.duizhao.compare.ui.internal.handlers;

import org.duizhao.compare.ui.internal.editor.CompareEditor;
import org.duizhao.compare.ui.internal.editor.CompareMode;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Shows the active compare editor as versions or (with data {@code related}) as related texts. */
public class ModeHandler extends AbstractHandler implements IExecutableExtension {

	private CompareMode mode = CompareMode.VERSIONS;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		mode = "related".equals(data) ? CompareMode.RELATED : CompareMode.VERSIONS; //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof CompareEditor editor) {
			editor.setMode(mode);
		}
		return null;
	}
}
