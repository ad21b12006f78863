package org.duizhao.corpus.core;

/**
 * Options of an import.
 *
 * @param maxBytes files larger than this are skipped as {@link SkipReason#TOO_LARGE}
 * @param encoding a charset to use for every text file instead of detection, or {@code null}
 * @param maxMalformedShare a file whose malformed byte sequences exceed this share of its characters
 *            (and more than {@value #MALFORMED_TOLERANCE} sequences) is {@link SkipReason#UNDECODABLE}
 */
public record ImportOptions(long maxBytes, String encoding, double maxMalformedShare) {

	/** Default size limit: 50 MB. */
	public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
	/** Default malformed share: 1 %. */
	public static final double DEFAULT_MAX_MALFORMED_SHARE = 0.01;
	/** A few bad bytes in a scraped page are tolerated whatever its length. */
	public static final int MALFORMED_TOLERANCE = 3;

	/** @return 50 MB, detection, 1 % malformed */
	public static ImportOptions defaults() {
		return new ImportOptions(DEFAULT_MAX_BYTES, null, DEFAULT_MAX_MALFORMED_SHARE);
	}

	/** @return a copy with another size limit */
	public ImportOptions withMaxBytes(long newMaxBytes) {
		return new ImportOptions(newMaxBytes, encoding, maxMalformedShare);
	}

	/** @return a copy that decodes every file with {@code newEncoding} ({@code null}: detect) */
	public ImportOptions withEncoding(String newEncoding) {
		return new ImportOptions(maxBytes, newEncoding, maxMalformedShare);
	}

	boolean isUndecodable(int malformed, int characters) {
		return malformed > MALFORMED_TOLERANCE && malformed > maxMalformedShare * characters;
	}
}
