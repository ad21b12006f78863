package org.duizhao.report.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.report.core.AnnotatedDocument;
import org.duizhao.report.core.Passage;

/**
 * A document with the selected annotations on its current text, as the document and the
 * comparison reports show it.
 */
public final class Sides {

	private Sides() {
	}

	/** @return {@code d}'s current text with the passages of {@code scope} on it and its memos */
	public static AnnotatedDocument annotated(Project project, AnnotationStore store, Scope scope, Document d)
			throws IOException, StoreException {
		return annotated(project.readText(d, d.current()), store, scope, d);
	}

	/** @return as {@link #annotated(Project, AnnotationStore, Scope, Document)} with the text read */
	public static AnnotatedDocument annotated(String text, AnnotationStore store, Scope scope, Document d)
			throws StoreException {
		List<Passage> passages = new ArrayList<>();
		int leftOut = 0;
		for (Annotation a : scope.annotations(d)) {
			if (a.version() == d.current().number() && a.anchoring().isAnchored()) {
				passages.add(scope.passage(a));
			} else {
				leftOut++;
			}
		}
		return new AnnotatedDocument(d, text, passages, store.memos(d.id()), leftOut);
	}
}
