package org.duizhao.corpus.core.extract;

import java.util.Objects;

import org.duizhao.corpus.core.Structure;

/**
 * What an {@link Extractor} made of a file: its plain text, how it was decoded, and its layout.
 *
 * @param text the plain text, not {@code null}
 * @param encoding the charset used, or {@code null} when the format carries its own (PDF)
 * @param confidence decoding confidence 0–100
 * @param bomLength bytes of byte order mark skipped
 * @param malformed malformed byte sequences replaced by U+FFFD
 * @param title a title found in the file itself (HTML {@code <title>}, PDF info), or {@code null}
 * @param structure paragraphs and headings as UTF-16 ranges of {@code text}, not {@code null}
 */
public record Extraction(String text, String encoding, int confidence, int bomLength, int malformed, String title,
		Structure structure) {

	/** Checks the arguments. */
	public Extraction {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		Objects.requireNonNull(structure, "structure"); //$NON-NLS-1$
	}
}
