package org.duizhao.corpus.core.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through until {@code limit} have been read, then fails with
 * {@link LimitExceededException}: the guard around an inflating stream, so a compression bomb
 * stops at the budget instead of filling the heap.
 */
final class BoundedInputStream extends FilterInputStream {

	/** Thrown when more than the limit would be read; unchecked so parsers pass it through. */
	static final class LimitExceededException extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final long limit;

		LimitExceededException(long limit) {
			super("more than " + limit + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
			this.limit = limit;
		}
	}

	private final long limit;
	private long count;

	BoundedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int off, int len) throws IOException {
		int n = super.read(buffer, off, len);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count(skipped);
		return skipped;
	}

	private void count(long n) {
		count += n;
		if (count > limit) {
			throw new LimitExceededException(limit);
		}
	}
}
