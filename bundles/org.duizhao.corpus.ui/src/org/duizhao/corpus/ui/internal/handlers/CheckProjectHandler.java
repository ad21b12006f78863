package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.jobs.CheckProjectJob;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

/** Project &gt; Check: lists what is damaged in the project and offers to repair it. */
public class CheckProjectHandler extends ProjectHandler {

	@Override
	protected void execute(ExecutionEvent event, Shell shell, Project project) {
		CheckProjectJob.start(project, false, shell);
	}
}
