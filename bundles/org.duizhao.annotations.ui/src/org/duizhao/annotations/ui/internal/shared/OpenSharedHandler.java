package org.duizhao.annotations.ui.internal.shared;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/** Project &gt; Open Shared Project…: makes a working copy of a project on a server and opens it. */
public final class OpenSharedHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		OpenSharedDialog dialog = new OpenSharedDialog(HandlerUtil.getActiveShell(event));
		if (dialog.open() == Window.OK) {
			OpenSharedJob.start(dialog.address(), dialog.password(), dialog.workingCopy());
		}
		return null;
	}
}
