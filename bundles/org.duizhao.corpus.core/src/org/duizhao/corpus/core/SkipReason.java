package org.duizhao.corpus.core;

/** Why the importer left a file out. */
public enum SkipReason {
	/** Not text: a known binary signature, NUL bytes or control characters. */
	BINARY,
	/** Too many malformed byte sequences for any encoding. */
	UNDECODABLE,
	/** No bytes, or no text after extraction. */
	EMPTY,
	/** Same original bytes (SHA-256) as a document in the project or earlier in the same import. */
	DUPLICATE,
	/** Larger than the size limit. */
	TOO_LARGE,
	/**
	 * Over what one file may unpack to or produce (a compression bomb, millions of lines), or
	 * reading it ran out of memory; see {@link org.duizhao.corpus.core.extract.ExtractionLimits}.
	 */
	OVER_LIMIT,
	/** No extractor for the file's extension. */
	UNSUPPORTED,
	/** An I/O or parser failure. */
	ERROR
}
