package org.duizhao.analysis.core.corpus;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which documents of a project a keyness analysis sets against the rest: a chosen set of documents,
 * every document of a region, or every document of a year (from the metadata, as diffusion groups
 * them).
 *
 * @param kind how the documents are chosen
 * @param value the region or year ({@link CorpusDocument#UNKNOWN} for documents without it); empty
 *            for {@link Kind#DOCUMENTS}
 * @param ids the chosen document ids; empty unless {@link Kind#DOCUMENTS}
 */
public record KeynessTarget(Kind kind, String value, Set<String> ids) {

	/** How the target documents are chosen. */
	public enum Kind {
		/** Documents named by id. */
		DOCUMENTS,
		/** Documents of one region. */
		REGION,
		/** Documents of one year. */
		YEAR
	}

	/** Checks the fields and copies the ids. */
	public KeynessTarget {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		value = value == null ? CorpusDocument.UNKNOWN : value.strip();
		ids = Set.copyOf(ids);
		if (kind == Kind.DOCUMENTS && ids.isEmpty()) {
			throw new IllegalArgumentException("no documents chosen"); //$NON-NLS-1$
		}
	}

	/** @return the documents with these ids (not empty) */
	public static KeynessTarget documents(Collection<String> ids) {
		return new KeynessTarget(Kind.DOCUMENTS, CorpusDocument.UNKNOWN, Set.copyOf(ids));
	}

	/** @return the documents of {@code region} ({@link CorpusDocument#UNKNOWN}: those without a region) */
	public static KeynessTarget region(String region) {
		return new KeynessTarget(Kind.REGION, region, Set.of());
	}

	/** @return the documents dated in {@code year} ({@link CorpusDocument#UNKNOWN}: those without a date) */
	public static KeynessTarget year(String year) {
		return new KeynessTarget(Kind.YEAR, year, Set.of());
	}

	/** @return whether {@code d} belongs to the target */
	public boolean contains(CorpusDocument d) {
		return switch (kind) {
		case DOCUMENTS -> ids.contains(d.id());
		case REGION -> value.equals(d.regionKey());
		case YEAR -> value.equals(d.year());
		};
	}
}
