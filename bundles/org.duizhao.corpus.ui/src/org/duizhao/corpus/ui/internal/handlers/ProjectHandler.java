package org.duizhao.corpus.ui.internal.handlers;

import org.duizhao.corpus.core.Project;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * A handler that acts on one project: the selected one, the only open one, or the one the user
 * picks. plugin.xml may name a variant after a colon in the class attribute
 * ({@code ImportHandler:folder}).
 */
public abstract class ProjectHandler extends AbstractHandler implements IExecutableExtension {

	private String variant = ""; //$NON-NLS-1$

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		variant = data instanceof String s ? s : ""; //$NON-NLS-1$
	}

	/** @return whether plugin.xml named {@code name} as this handler's variant */
	protected boolean isVariant(String name) {
		return variant.equals(name);
	}

	@Override
	public final Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Project project = Selections.project(HandlerUtil.getCurrentSelection(event), shell);
		if (project != null) {
			execute(event, shell, project);
		}
		return null;
	}

	/** Acts on {@code project}. */
	protected abstract void execute(ExecutionEvent event, Shell shell, Project project);
}
