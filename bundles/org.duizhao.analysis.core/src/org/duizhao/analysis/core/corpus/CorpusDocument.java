package org.duizhao.analysis.core.corpus;

import java.util.Objects;

import org.duizhao.corpus.core.Document;

/**
 * What the corpus-wide analyses need of a document: its id, title and where and when it was issued.
 *
 * @param id the document id, not {@code null}
 * @param title the display name, not {@code null}
 * @param date the date as in the metadata ({@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy}), or
 *            {@code null}
 * @param region the region (province), or {@code null}
 * @param source the file the current version was imported from, or {@code null}
 */
public record CorpusDocument(String id, String title, String date, String region, String source) {

	/** Stands for a missing region or year in groupings. */
	public static final String UNKNOWN = ""; //$NON-NLS-1$

	/** Checks the fields; blank date and region become {@code null}. */
	public CorpusDocument {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(title, "title"); //$NON-NLS-1$
		date = date == null || date.isBlank() ? null : date.strip();
		region = region == null || region.isBlank() ? null : region.strip();
	}

	/** @return the document's facts from its metadata */
	public static CorpusDocument of(Document d) {
		return new CorpusDocument(d.id(), d.displayName(), d.metadata().date(), d.metadata().region(),
				d.current().sourceName());
	}

	/** @return the year of the date (its first four digits), or {@link #UNKNOWN} */
	public String year() {
		return date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
				? date.substring(0, 4)
				: UNKNOWN;
	}

	/** @return the region, or {@link #UNKNOWN} */
	public String regionKey() {
		return region == null ? UNKNOWN : region;
	}
}
