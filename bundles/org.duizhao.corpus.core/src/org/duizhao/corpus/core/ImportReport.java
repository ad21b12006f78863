package org.duizhao.corpus.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an import did.
 *
 * @param imported the new documents with the file each came from, in order, never {@code null}
 * @param skipped the files left out with the reason, in order, never {@code null}
 * @param sameTitles new documents whose title another document of the project (or of this import)
 *            already has, so that an import never leaves two documents with one title unsaid;
 *            never {@code null}
 */
public record ImportReport(List<Imported> imported, List<Skipped> skipped, List<SameTitle> sameTitles) {

	/** Copies the lists. */
	public ImportReport {
		imported = List.copyOf(imported);
		skipped = List.copyOf(skipped);
		sameTitles = List.copyOf(sameTitles);
	}

	/** A report without title clashes. */
	public ImportReport(List<Imported> imported, List<Skipped> skipped) {
		this(imported, skipped, List.of());
	}

	/**
	 * A new document whose title is taken.
	 *
	 * @param document the new document, not {@code null}
	 * @param other the document that had the title first, not {@code null}
	 */
	public record SameTitle(Document document, Document other) {
	}

	/**
	 * A file that became a document.
	 *
	 * @param file the file, not {@code null}
	 * @param document the new document, not {@code null}
	 */
	public record Imported(Path file, Document document) {
	}

	/**
	 * A file left out.
	 *
	 * @param file the file, not {@code null}
	 * @param reason why, not {@code null}
	 * @param message a user-readable explanation (for a duplicate, which document or file it
	 *            duplicates; for an undecodable file, how many sequences were malformed), not
	 *            {@code null}
	 */
	public record Skipped(Path file, SkipReason reason, String message) {
	}

	/** @return how many files were skipped for each reason */
	public Map<SkipReason, Long> skippedByReason() {
		return skipped.stream().collect(Collectors.groupingBy(Skipped::reason, Collectors.counting()));
	}

	/** @return the skip entry of {@code file}, or {@code null} */
	public Skipped skipOf(Path file) {
		return skipped.stream().collect(Collectors.toMap(Skipped::file, Function.identity(), (a, b) -> a)).get(file);
	}
}
