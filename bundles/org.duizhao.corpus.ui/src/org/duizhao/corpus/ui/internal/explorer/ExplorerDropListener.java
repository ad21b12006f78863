package org.duizhao.corpus.ui.internal.explorer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.jobs.ImportJob;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TransferData;

/** Files and folders dropped on a project (or anywhere in it) are imported into that project. */
final class ExplorerDropListener extends ViewerDropAdapter {

	ExplorerDropListener(TreeViewer viewer) {
		super(viewer);
		setFeedbackEnabled(false);
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData type) {
		return FileTransfer.getInstance().isSupportedType(type) && projectOf(target) != null;
	}

	@Override
	public boolean performDrop(Object data) {
		Project project = projectOf(getCurrentTarget());
		if (!(data instanceof String[] names) || project == null) {
			return false;
		}
		List<Path> paths = Arrays.stream(names).map(Path::of).toList();
		ImportJob.start(project, paths, getViewer().getControl().getShell());
		return true;
	}

	private Project projectOf(Object target) {
		if (target instanceof ProjectNode p) {
			return p.project();
		}
		if (target instanceof GroupNode g) {
			return g.project().project();
		}
		if (target instanceof DocumentNode d) {
			return d.project();
		}
		// dropped on empty space: the project, if only one is open
		List<Project> open = CorpusUiPlugin.getDefault().projects().all();
		return open.size() == 1 ? open.get(0) : null;
	}
}
