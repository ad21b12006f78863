package org.duizhao.corpus.core;

import java.util.List;

/**
 * The descriptive metadata of a document, guessed on import and editable by the user. Facts that
 * belong to one decoded text (encoding, confidence, characters, paragraphs, script) live in
 * {@link DocumentVersion} instead, because re-decoding changes them.
 *
 * @param title the title, or {@code null}
 * @param source the original file path or URL, or {@code null}
 * @param date the issue date as ISO {@code yyyy-MM-dd}, or partial {@code yyyy-MM} / {@code yyyy},
 *            or {@code null}
 * @param region the provincial-level division (standard simplified full name, e.g. 福建省), or
 *            {@code null}
 * @param issuer the issuing body, or {@code null}
 * @param tags free tags, never {@code null} (an absent list becomes empty)
 */
public record Metadata(String title, String source, String date, String region, String issuer, List<String> tags) {

	/** Copies the tags; {@code null} tags become an empty list. */
	public Metadata {
		tags = tags == null ? List.of() : List.copyOf(tags);
	}

	/** @return metadata with every field empty */
	public static Metadata empty() {
		return new Metadata(null, null, null, null, null, List.of());
	}

	/** @return a copy with another title */
	public Metadata withTitle(String newTitle) {
		return new Metadata(newTitle, source, date, region, issuer, tags);
	}

	/** @return a copy with another source */
	public Metadata withSource(String newSource) {
		return new Metadata(title, newSource, date, region, issuer, tags);
	}

	/** @return a copy with another date */
	public Metadata withDate(String newDate) {
		return new Metadata(title, source, newDate, region, issuer, tags);
	}

	/** @return a copy with another region */
	public Metadata withRegion(String newRegion) {
		return new Metadata(title, source, date, newRegion, issuer, tags);
	}

	/** @return a copy with another issuer */
	public Metadata withIssuer(String newIssuer) {
		return new Metadata(title, source, date, region, newIssuer, tags);
	}

	/** @return a copy with other tags */
	public Metadata withTags(List<String> newTags) {
		return new Metadata(title, source, date, region, issuer, newTags);
	}
}
