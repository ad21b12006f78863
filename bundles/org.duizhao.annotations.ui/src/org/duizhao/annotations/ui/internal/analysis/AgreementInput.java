package org.duizhao.annotations.ui.internal.analysis;

import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;

/**
 * What the agreement dialog chooses from, read from the store once when it opens.
 *
 * @param project the project
 * @param coders the coders who made annotations
 * @param codes every code, in tree order
 * @param tree the code system
 * @param documents the project's documents
 * @param annotations every annotation
 */
public record AgreementInput(Project project, List<String> coders, List<Code> codes, CodeTree tree,
		List<Document> documents, List<Annotation> annotations) {

	/** Reads the project's coders, codes and annotations. */
	public static AgreementInput read(Project project, AnnotationStore store) throws StoreException {
		List<Code> codes = store.codes();
		CodeTree tree = new CodeTree(codes);
		List<Code> ordered = new java.util.ArrayList<>();
		tree.roots().forEach(c -> walk(tree, c, ordered));
		return new AgreementInput(project, store.coders(), ordered, tree, project.documents(),
				store.annotations(AnnotationQuery.all()));
	}

	private static void walk(CodeTree tree, Code code, List<Code> out) {
		out.add(code);
		tree.children(code.id()).forEach(c -> walk(tree, c, out));
	}
}
