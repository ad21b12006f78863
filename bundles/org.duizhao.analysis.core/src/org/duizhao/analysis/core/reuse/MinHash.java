package org.duizhao.analysis.core.reuse;

/**
 * MinHash signatures: for each of {@code hashes} hash functions, the least value over a text's
 * shingles. Two signatures agree in a position with probability equal to the resemblance (Jaccard
 * index) of the two shingle sets, so the share of agreeing positions estimates it.
 * <p>
 * The functions are {@code mix(shingle ^ seed_i)} with fixed seeds, so a signature depends on the
 * text alone: computed on any machine, in any order, it is the same.
 */
public final class MinHash {

	private final long[] seeds;

	/** @param hashes the signature length */
	public MinHash(int hashes) {
		seeds = new long[hashes];
		long s = 0x5DEECE66DL;
		for (int i = 0; i < hashes; i++) {
			s += 0x9E3779B97F4A7C15L;
			seeds[i] = Shingles.mix(s);
		}
	}

	/**
	 * @param shingles the distinct shingle hashes of a text ({@link Shingles#of})
	 * @return the signature; all positions {@link Long#MAX_VALUE} for a text without shingles
	 */
	public long[] signature(long[] shingles) {
		long[] sig = new long[seeds.length];
		java.util.Arrays.fill(sig, Long.MAX_VALUE);
		for (long x : shingles) {
			for (int i = 0; i < seeds.length; i++) {
				long v = Shingles.mix(x ^ seeds[i]) >>> 1; // non-negative, so MAX_VALUE is "none"
				if (v < sig[i]) {
					sig[i] = v;
				}
			}
		}
		return sig;
	}

	/** @return the share of positions in which the two signatures agree, 0–1 (0 for empty texts) */
	public static double resemblance(long[] a, long[] b) {
		int same = 0;
		for (int i = 0; i < a.length; i++) {
			if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
				same++;
			}
		}
		return a.length == 0 ? 0 : same / (double) a.length;
	}
}
