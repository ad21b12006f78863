package org.duizhao.report.ui.internal.wizard;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;

/**
 * What the wizard offers to choose from: the project's documents, its codes as paths in tree order
 * and the coders who made annotations.
 *
 * @param project the project
 * @param documents in project order
 * @param codes code paths ({@code parent/child}) in tree order
 * @param coders sorted
 */
public record ProjectContent(Project project, List<Document> documents, List<String> codes, List<String> coders) {

	/** Copies the lists. */
	public ProjectContent {
		documents = List.copyOf(documents);
		codes = List.copyOf(codes);
		coders = List.copyOf(coders);
	}

	/** @return the content of {@code project} as {@code store} holds it now */
	public static ProjectContent read(Project project, AnnotationStore store) throws StoreException {
		CodeTree tree = new CodeTree(store.codes());
		List<String> codes = new ArrayList<>();
		addInOrder(tree, null, codes);
		return new ProjectContent(project, project.documents(), codes, store.coders());
	}

	private static void addInOrder(CodeTree tree, String parentId, List<String> out) {
		for (Code c : tree.children(parentId)) {
			out.add(tree.path(c.id()));
			addInOrder(tree, c.id(), out);
		}
	}
}
