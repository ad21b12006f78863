package org.duizhao.analysis.core.reuse;

/**
 * Locality-sensitive hashing of MinHash signatures by bands: the signature is cut into bands of
 * {@code rows} positions and each band hashed to one key. Two texts become a candidate pair when
 * they share the key of at least one band; with {@code b} bands of {@code r} rows a pair of
 * resemblance {@code s} does so with probability {@code 1 - (1 - s^r)^b}.
 * <p>
 * A key is {@code (band, hash)}: on a distributed engine it is the shuffle key (see
 * {@code docs/corpus-reuse-design.md}).
 */
public final class LshBands {

	private LshBands() {
	}

	/**
	 * @param signature a MinHash signature
	 * @param rows positions per band
	 * @return one key per band; {@code 0} for a band of an empty text (which matches nothing)
	 */
	public static long[] keys(long[] signature, int rows) {
		long[] keys = new long[signature.length / rows];
		for (int band = 0; band < keys.length; band++) {
			long h = band * 0x9E3779B97F4A7C15L;
			boolean empty = true;
			for (int r = 0; r < rows; r++) {
				long v = signature[band * rows + r];
				empty &= v == Long.MAX_VALUE;
				h = Shingles.mix(h ^ v);
			}
			keys[band] = empty ? 0 : h | 1; // never 0 for a real band
		}
		return keys;
	}
}
