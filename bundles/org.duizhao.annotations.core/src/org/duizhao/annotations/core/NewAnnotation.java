package org.duizhao.annotations.core;

import java.util.List;
import java.util.Objects;

/**
 * What a caller gives to make an annotation; the store adds the id, the times and the row version.
 *
 * @param documentId the document's id, not {@code null}
 * @param version the text version the position refers to (normally the current one)
 * @param start code point offset, inclusive
 * @param end code point offset, exclusive
 * @param quote the passage with its context ({@link TextQuote#of}), not {@code null}
 * @param codeIds the codes to give, may be empty
 * @param memo may be {@code null}
 * @param coder who makes it, not {@code null}
 */
public record NewAnnotation(String documentId, int version, int start, int end, TextQuote quote, List<String> codeIds,
		String memo, String coder) {

	/** Checks the fields and copies the list. */
	public NewAnnotation {
		Objects.requireNonNull(documentId, "documentId"); //$NON-NLS-1$
		Objects.requireNonNull(quote, "quote"); //$NON-NLS-1$
		Objects.requireNonNull(coder, "coder"); //$NON-NLS-1$
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad range " + start + ".." + end); //$NON-NLS-1$ //$NON-NLS-2$
		}
		codeIds = codeIds == null ? List.of() : List.copyOf(codeIds);
		memo = memo == null ? "" : memo; //$NON-NLS-1$
	}
}
