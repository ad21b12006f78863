package org.duizhao.corpus.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.corpus.ui.internal.jobs.ImportJob;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks for files (or a folder) and imports them into the selected project in a job. */
public class ImportHandler extends ProjectHandler {

	@Override
	protected void execute(ExecutionEvent event, Shell shell, Project project) {
		List<Path> paths = isVariant("folder") ? askFolder(shell) : askFiles(shell); //$NON-NLS-1$
		if (!paths.isEmpty()) {
			ImportJob.start(project, paths, shell);
		}
	}

	private static List<Path> askFiles(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Import_dialogTitleFiles);
		dialog.setFilterExtensions(new String[] { "*.txt;*.htm;*.html;*.md;*.pdf;*.docx", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (dialog.open() == null) {
			return List.of();
		}
		List<Path> paths = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			paths.add(Path.of(dialog.getFilterPath(), name));
		}
		return paths;
	}

	private static List<Path> askFolder(Shell shell) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.Import_dialogTitleFolder);
		String chosen = dialog.open();
		return chosen == null ? List.of() : List.of(Path.of(chosen));
	}
}
