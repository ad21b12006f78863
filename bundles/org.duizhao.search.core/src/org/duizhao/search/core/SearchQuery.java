package org.duizhao.search.core;

import java.util.Objects;

/**
 * What to search for: a query in the search language (phrases, AND/OR/NOT, prefixes; see
 * {@code QueryReader}) and optional filters on metadata. Blank filters are ignored.
 *
 * @param text the query, not {@code null}
 * @param region the region's name or its beginning (福建 finds 福建省), or {@code null}
 * @param fromYear the first year of the document date, or {@code null}
 * @param toYear the last year of the document date (inclusive), or {@code null}
 * @param issuer the issuing body or its beginning, or {@code null}
 * @param script {@code simplified}, {@code traditional}, {@code mixed} …, or {@code null}
 * @param tag a tag the document has, or {@code null}
 */
public record SearchQuery(String text, String region, Integer fromYear, Integer toYear, String issuer, String script,
		String tag) {

	/** Checks the query text. */
	public SearchQuery {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
	}

	/** @return a query without filters */
	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, null, null, null);
	}

	/** @return a copy limited to a region */
	public SearchQuery withRegion(String newRegion) {
		return new SearchQuery(text, newRegion, fromYear, toYear, issuer, script, tag);
	}

	/** @return a copy limited to years {@code from..to} (either may be null) */
	public SearchQuery withYears(Integer from, Integer to) {
		return new SearchQuery(text, region, from, to, issuer, script, tag);
	}

	/** @return a copy limited to an issuer */
	public SearchQuery withIssuer(String newIssuer) {
		return new SearchQuery(text, region, fromYear, toYear, newIssuer, script, tag);
	}

	/** @return a copy limited to a script */
	public SearchQuery withScript(String newScript) {
		return new SearchQuery(text, region, fromYear, toYear, issuer, newScript, tag);
	}

	/** @return a copy limited to a tag */
	public SearchQuery withTag(String newTag) {
		return new SearchQuery(text, region, fromYear, toYear, issuer, script, newTag);
	}
}
