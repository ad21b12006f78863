package org.duizhao.corpus.core.extract;

import org.duizhao.corpus.core.SkipReason;
import org.duizhao.corpus.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * How much an extractor may unpack and produce from one file. The import size limit bounds the
 * bytes on disk, but a compressed format (DOCX, PDF streams) can inflate a small file a
 * thousandfold, and a large plain text of one-character lines makes millions of paragraphs: either
 * used to run the program out of memory. A file over a limit is skipped as
 * {@link SkipReason#OVER_LIMIT}.
 *
 * @param maxInflatedBytes unpacked bytes never exceed this, whatever the file's size
 * @param minInflatedBytes unpacking this much is always allowed (small files compress well)
 * @param maxRatio above {@code minInflatedBytes}, unpacked bytes may be this many times the file size
 * @param maxTextChars the most characters of text one file may produce
 * @param maxParagraphs the most paragraphs (non-blank lines) one file may produce
 */
public record ExtractionLimits(long maxInflatedBytes, long minInflatedBytes, int maxRatio, int maxTextChars,
		int maxParagraphs) {

	private static final long MB = 1024L * 1024;

	/**
	 * 256 MB unpacked at most, 16 MB always, else 100 times the file; 64 M characters; 500,000
	 * paragraphs (a long government report has a few thousand).
	 */
	public static final ExtractionLimits DEFAULTS = new ExtractionLimits(256 * MB, 16 * MB, 100, 64 * 1024 * 1024,
			500_000);

	/** @return how many bytes a file of {@code fileSize} bytes may unpack to */
	public long inflationBudget(long fileSize) {
		long byRatio = fileSize > Long.MAX_VALUE / maxRatio ? Long.MAX_VALUE : fileSize * maxRatio;
		return Math.min(maxInflatedBytes, Math.max(minInflatedBytes, byRatio));
	}

	/** @throws SkipException {@link SkipReason#OVER_LIMIT} when {@code inflated} exceeds the budget */
	public void checkInflated(long inflated, long fileSize) throws SkipException {
		if (inflated > inflationBudget(fileSize)) {
			throw overInflated(fileSize);
		}
	}

	/** @return the skip for a file of {@code fileSize} bytes that unpacks to more than its budget */
	public SkipException overInflated(long fileSize) {
		long budget = inflationBudget(fileSize);
		return new SkipException(SkipReason.OVER_LIMIT,
				NLS.bind(Messages.skipOverLimitInflated, budget / MB, Math.max(1, budget / Math.max(1, fileSize))));
	}

	/** @throws SkipException {@link SkipReason#OVER_LIMIT} when {@code characters} exceed the limit */
	public void checkTextLength(long characters) throws SkipException {
		if (characters > maxTextChars) {
			throw new SkipException(SkipReason.OVER_LIMIT, NLS.bind(Messages.skipOverLimitText, maxTextChars));
		}
	}

	/**
	 * Counts non-blank lines without building them, so a text of millions of one-character lines is
	 * refused before its paragraph list is built.
	 *
	 * @throws SkipException {@link SkipReason#OVER_LIMIT} over the length or paragraph limit
	 */
	public void checkText(CharSequence text) throws SkipException {
		checkTextLength(text.length());
		int paragraphs = 0;
		boolean blank = true;
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
				if (!blank && ++paragraphs > maxParagraphs) {
					throw new SkipException(SkipReason.OVER_LIMIT, NLS.bind(Messages.skipOverLimitParagraphs, maxParagraphs));
				}
				blank = true;
			} else if (blank && !Character.isWhitespace(c)) {
				blank = false;
			}
		}
		if (!blank && ++paragraphs > maxParagraphs) {
			throw new SkipException(SkipReason.OVER_LIMIT, NLS.bind(Messages.skipOverLimitParagraphs, maxParagraphs));
		}
	}
}
