package org.duizhao.corpus.core.extract;

import java.io.IOException;
import java.util.Set;

/**
 * Turns the bytes of one file format into plain text with structure. One small implementation per
 * format; the importer picks one by file extension.
 */
public interface Extractor {

	/** @return the format id stored with each version, e.g. {@code "html"} */
	String format();

	/** @return the lower-case file extensions (without dot) this extractor reads */
	Set<String> extensions();

	/**
	 * @param bytes the whole file, not {@code null}, not empty
	 * @param encoding a charset chosen by the user, or {@code null} to detect
	 * @return the extraction, never {@code null}
	 * @throws SkipException if the file should be left out (binary, protected …)
	 * @throws IOException if the file cannot be parsed
	 */
	Extraction extract(byte[] bytes, String encoding) throws SkipException, IOException;

	/**
	 * The text alone, for callers that need no structure (the CLI's {@code compare}). Formats whose
	 * structure costs extra work apart from the text override this to skip it.
	 *
	 * @param bytes as for {@link #extract}
	 * @param encoding as for {@link #extract}
	 * @return the same text as {@code extract(bytes, encoding).text()}
	 * @throws SkipException as for {@link #extract}
	 * @throws IOException as for {@link #extract}
	 */
	default String extractText(byte[] bytes, String encoding) throws SkipException, IOException {
		return extract(bytes, encoding).text();
	}
}
