package org.duizhao.search.core;

/**
 * One occurrence of a query in a document, as a concordance (KWIC) line.
 *
 * @param documentId the document's id
 * @param title the document's display name
 * @param version the version the offsets refer to (the current one when the search ran)
 * @param start where the occurrence starts, code points of the original text
 * @param end where it ends, exclusive
 * @param left the original text before it (up to the context width; whitespace runs shown as one space)
 * @param match the original text of the occurrence, exactly
 * @param right the original text after it, as {@code left}
 */
public record SearchHit(String documentId, String title, int version, int start, int end, String left, String match,
		String right) {
}
