package org.duizhao.annotations.core.analysis;

import java.util.List;

import org.duizhao.annotations.core.Annotation;

/**
 * A coded passage as retrieval shows it: the annotation with its document's title, its text and
 * the names of its codes.
 *
 * @param annotation the annotation, not {@code null}
 * @param documentTitle the document's title (or source file name), or the document id if the
 *            document is not in the project any more
 * @param text the passage (the quote's exact text), not {@code null}
 * @param codes the paths of its codes in the tree ({@code parent/child}), in the annotation's order
 * @since 0.1
 */
public record CodedSegment(Annotation annotation, String documentTitle, String text, List<String> codes) {

	/** Copies the list. */
	public CodedSegment {
		codes = List.copyOf(codes);
	}
}
