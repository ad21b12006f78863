package org.duizhao.corpus.core;

import java.time.Instant;
import java.util.Objects;

import org.duizhao.text.core.script.Script;

/**
 * One immutable decoded text of a document. Annotations and comparisons name the version they were
 * made on.
 *
 * @param number 1 for the first import, then 2, 3 … for each re-decoding or revision
 * @param created when this version was made, not {@code null}
 * @param origin {@code "import"}, {@code "redecode"} or {@code "revision"}, not {@code null}
 * @param sourceName the original file name, not {@code null}
 * @param format the extractor's format id ({@code txt}, {@code md}, {@code html}, {@code pdf}),
 *            not {@code null}
 * @param originalFile name of the original bytes' file inside the version folder, not {@code null}
 * @param encoding the charset the text was decoded with, or {@code null} for formats that carry
 *            their own (PDF)
 * @param confidence the decoder's confidence, 0–100
 * @param bomLength bytes of byte order mark skipped
 * @param malformed malformed byte sequences replaced by U+FFFD
 * @param originalSha256 SHA-256 of the original bytes (hex), not {@code null}
 * @param textSha256 SHA-256 of {@code text.txt} (UTF-8, hex), not {@code null}
 * @param characters length of the text in code points
 * @param paragraphs number of paragraphs
 * @param script simplified / traditional / …, not {@code null}
 */
public record DocumentVersion(int number, Instant created, String origin, String sourceName, String format,
		String originalFile, String encoding, int confidence, int bomLength, int malformed, String originalSha256,
		String textSha256, int characters, int paragraphs, Script script) {

	/** Origin of a version made by importing a file. */
	public static final String IMPORT = "import"; //$NON-NLS-1$
	/** Origin of a version made by decoding the original bytes again with another charset. */
	public static final String REDECODE = "redecode"; //$NON-NLS-1$
	/** Origin of a version made from another file: a corrected or updated text of the document. */
	public static final String REVISION = "revision"; //$NON-NLS-1$

	/** Checks the required fields (a hand-edited document.json may lack them). */
	public DocumentVersion {
		if (number < 1) {
			throw new IllegalArgumentException("version number must be >= 1: " + number); //$NON-NLS-1$
		}
		Objects.requireNonNull(created, "created"); //$NON-NLS-1$
		Objects.requireNonNull(originalFile, "originalFile"); //$NON-NLS-1$
		Objects.requireNonNull(originalSha256, "originalSha256"); //$NON-NLS-1$
		Objects.requireNonNull(format, "format"); //$NON-NLS-1$
		origin = origin == null ? IMPORT : origin;
		sourceName = sourceName == null ? originalFile : sourceName;
		script = script == null ? Script.UNDETERMINED : script;
	}

	/** @return the version folder name, e.g. {@code v1} */
	public String folderName() {
		return "v" + number; //$NON-NLS-1$
	}
}
