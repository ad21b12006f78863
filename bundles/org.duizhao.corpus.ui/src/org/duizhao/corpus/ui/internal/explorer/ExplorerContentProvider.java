package org.duizhao.corpus.ui.internal.explorer;

import java.util.List;

import org.duizhao.corpus.core.Project;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Projects, then groups, then documents; the tree's input is the list of open projects. */
final class ExplorerContentProvider implements ITreeContentProvider {

	private Grouping grouping = Grouping.FOLDER;

	void setGrouping(Grouping grouping) {
		this.grouping = grouping;
	}

	@Override
	public Object[] getElements(Object input) {
		@SuppressWarnings("unchecked")
		List<Project> projects = (List<Project>) input;
		return projects.stream().map(ProjectNode::new).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ProjectNode p) {
			List<DocumentNode> docs = p.project().documents().stream().map(d -> new DocumentNode(p.project(), d))
					.toList();
			return grouping.group(p, docs).toArray();
		}
		if (parent instanceof GroupNode g) {
			return g.documents().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof GroupNode g ? g.project() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof ProjectNode || element instanceof GroupNode g && !g.documents().isEmpty();
	}
}
