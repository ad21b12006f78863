package org.duizhao.annotations.core.internal.qdpx;

/**
 * What the zip reader may inflate, so that a hostile {@code .qdpx} (a zip bomb) cannot fill memory
 * or disk: at most {@code maxEntries} entries, {@code maxTotalBytes} inflated bytes in all, and no
 * entry larger than {@code ratioFloor} bytes that inflates more than {@code maxRatio} times its
 * compressed size (plain text compresses 3 to 10 times; bombs a thousand times and more).
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioFloor) {

	/** @return 20,000 entries, 1 GiB, ratio 100 above 1 MiB */
	public static ZipLimits defaults() {
		return new ZipLimits(20_000, 1L << 30, 100, 1L << 20);
	}
}
