package org.duizhao.annotations.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A passage of a document with the codes a coder gave it and a memo. The position is a W3C
 * {@code TextPositionSelector} over the text of {@link #version()} (code points, end exclusive) and
 * the {@link #quote()} a {@code TextQuoteSelector} over the same text. An annotation without codes
 * is a plain passage (a memo on a passage, or one end of a {@link Link}).
 *
 * @param id stable id (UUID), not {@code null}
 * @param documentId the document's id, not {@code null}
 * @param version the number of the text version the position refers to
 * @param start code point offset, inclusive
 * @param end code point offset, exclusive, {@code >= start}
 * @param quote the passage with its context, not {@code null}
 * @param codeIds the codes given, in the order given, never {@code null}
 * @param memo the memo, may be empty, not {@code null}
 * @param coder who made it, not {@code null}
 * @param created when it was made, not {@code null}
 * @param modified when it was last changed, not {@code null}
 * @param anchoring how it is attached to the current version, not {@code null}
 * @param rowVersion optimistic-locking version: every write must name the version it read
 */
public record Annotation(String id, String documentId, int version, int start, int end, TextQuote quote,
		List<String> codeIds, String memo, String coder, Instant created, Instant modified, Anchoring anchoring,
		long rowVersion) {

	/** Checks the fields and copies the list. */
	public Annotation {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(documentId, "documentId"); //$NON-NLS-1$
		Objects.requireNonNull(quote, "quote"); //$NON-NLS-1$
		Objects.requireNonNull(coder, "coder"); //$NON-NLS-1$
		Objects.requireNonNull(created, "created"); //$NON-NLS-1$
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad range " + start + ".." + end); //$NON-NLS-1$ //$NON-NLS-2$
		}
		codeIds = codeIds == null ? List.of() : List.copyOf(codeIds);
		memo = memo == null ? "" : memo; //$NON-NLS-1$
		modified = modified == null ? created : modified;
		anchoring = anchoring == null ? Anchoring.ORIGINAL : anchoring;
	}

	/** @return the length in code points */
	public int length() {
		return end - start;
	}

	/** @return whether this and {@code other} are on one document and share at least one code point */
	public boolean overlaps(Annotation other) {
		return documentId.equals(other.documentId) && start < other.end && other.start < end;
	}

	/** @return a copy with other codes */
	public Annotation withCodes(List<String> newCodeIds) {
		return new Annotation(id, documentId, version, start, end, quote, newCodeIds, memo, coder, created, modified,
				anchoring, rowVersion);
	}

	/** @return a copy with another memo */
	public Annotation withMemo(String newMemo) {
		return new Annotation(id, documentId, version, start, end, quote, codeIds, newMemo, coder, created, modified,
				anchoring, rowVersion);
	}

	/** @return a copy placed on another version (after re-anchoring or re-attaching) */
	public Annotation withPosition(int newVersion, int newStart, int newEnd, TextQuote newQuote, Anchoring how) {
		return new Annotation(id, documentId, newVersion, newStart, newEnd, newQuote, codeIds, memo, coder, created,
				modified, how, rowVersion);
	}
}
