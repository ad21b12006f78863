package org.duizhao.annotations.core;

import java.util.Set;

/**
 * Which annotations to retrieve; every criterion is optional ({@code null} or empty: any), and
 * criteria combine with AND.
 *
 * @param documentIds annotations on one of these documents
 * @param codeIds annotations with at least one of these codes (the caller expands sub-codes with
 *            {@link CodeTree#withDescendants})
 * @param coders annotations by one of these coders
 * @param text annotations whose quote or memo contains this text
 * @param anchoredOnly {@code true}: leave out unanchored annotations; {@code false}: only
 *            unanchored ones; {@code null}: both
 */
public record AnnotationQuery(Set<String> documentIds, Set<String> codeIds, Set<String> coders, String text,
		Boolean anchoredOnly) {

	/** Copies the sets. */
	public AnnotationQuery {
		documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
		codeIds = codeIds == null ? Set.of() : Set.copyOf(codeIds);
		coders = coders == null ? Set.of() : Set.copyOf(coders);
	}

	/** @return every annotation */
	public static AnnotationQuery all() {
		return new AnnotationQuery(null, null, null, null, null);
	}

	/** @return the annotations on one document */
	public static AnnotationQuery document(String documentId) {
		return new AnnotationQuery(Set.of(documentId), null, null, null, null);
	}

	/** @return the annotations with one of these codes */
	public static AnnotationQuery codes(Set<String> codeIds) {
		return new AnnotationQuery(null, codeIds, null, null, null);
	}

	/** @return the unanchored annotations */
	public static AnnotationQuery unanchored() {
		return new AnnotationQuery(null, null, null, null, Boolean.FALSE);
	}

	/** @return this query restricted to one coder */
	public AnnotationQuery byCoder(String coder) {
		return new AnnotationQuery(documentIds, codeIds, Set.of(coder), text, anchoredOnly);
	}
}
