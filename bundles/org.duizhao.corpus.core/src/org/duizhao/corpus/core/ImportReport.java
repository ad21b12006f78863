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
 */
public record ImportReport(List<Imported> imported, List<Skipped> skipped) {

	/** Copies the lists. */
	public ImportReport {
		imported = List.copyOf(imported);
		skipped = List.copyOf(skipped);
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
