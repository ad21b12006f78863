package org.duizhao.corpus.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.PlatformUI;

/**
 * Undo and redo of the workbench-wide edits (metadata changed in the Properties view, imports
 * later), for whichever part is active when it has no undo of its own.
 */
public class UndoRedoHandler extends AbstractHandler implements IExecutableExtension {

	private boolean redo;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		redo = "redo".equals(data); //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		IUndoContext context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		if (redo) {
			history.redo(context, null, null);
		} else {
			history.undo(context, null, null);
		}
		return null;
	}
}
