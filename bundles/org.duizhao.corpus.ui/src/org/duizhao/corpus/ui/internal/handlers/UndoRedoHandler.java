package org.duizhao.corpus.ui.internal.handlers;

import java.util.Map;

import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

/**
 * Undo and redo of the workbench-wide edits (metadata changed in the Properties view, codings and
 * the code system), for whichever part is active when it has no undo of its own. The Edit menu
 * names what would be undone or redone ("Undo Rename Code").
 */
public class UndoRedoHandler extends AbstractHandler implements IExecutableExtension, IElementUpdater {

	private static final String UNDO = "org.eclipse.ui.edit.undo"; //$NON-NLS-1$
	private static final String REDO = "org.eclipse.ui.edit.redo"; //$NON-NLS-1$

	private boolean redo;
	private final IOperationHistoryListener listener = e -> refreshLabels();

	/** Follows the history, so that the menu's label stays current. */
	public UndoRedoHandler() {
		history().addOperationHistoryListener(listener);
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		redo = "redo".equals(data); //$NON-NLS-1$
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IStatus status = redo ? history().redo(context(), null, null) : history().undo(context(), null, null);
		if (status.matches(IStatus.ERROR)) {
			// e.g. a shared project's server away, or a name taken meanwhile: the step stays where it was
			ErrorDialog.openError(HandlerUtil.getActiveShell(event), Messages.Error_title, null, status);
		}
		return null;
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		element.setText(label(redo));
	}

	/** @return the menu text: "Undo" or "Redo" with the label of the operation next in line */
	public static String label(boolean redo) {
		IUndoableOperation next = redo ? history().getRedoOperation(context()) : history().getUndoOperation(context());
		if (next == null) {
			return redo ? Messages.Edit_redo : Messages.Edit_undo;
		}
		return NLS.bind(redo ? Messages.Edit_redoNamed : Messages.Edit_undoNamed, next.getLabel());
	}

	private void refreshLabels() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			if (commands != null) {
				commands.refreshElements(redo ? REDO : UNDO, null);
			}
		});
	}

	@Override
	public void dispose() {
		history().removeOperationHistoryListener(listener);
		super.dispose();
	}

	private static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	private static IUndoContext context() {
		return PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
	}
}
