package org.duizhao.analysis.core.reuse;

import java.util.Arrays;

/**
 * Hash-sampling of shingles for containment: a text keeps the shingles whose hash is {@code 0}
 * modulo {@value #EVERY}. The choice depends on the shingle alone, so a paragraph copied into
 * another text keeps the same samples there, and the share of the smaller text's samples that the
 * larger one also has estimates the containment of the one in the other (shared shingles over the
 * smaller text's shingles), which resemblance misses when a short notice copies a little of a long
 * decision.
 * <p>
 * One in 16 keeps about 30 samples for three copied paragraphs of 150 characters, enough to see
 * them, and a 7,000-character document about 440, a sixteenth of its shingles.
 */
public final class ContainmentSamples {

	/** One shingle in this many is a sample, on average. */
	public static final int EVERY = 16;
	private static final long SALT = 0x2545F4914F6CDD1DL;

	private ContainmentSamples() {
	}

	/**
	 * @param shingles the distinct shingle hashes of a text, ascending ({@link Shingles#of})
	 * @return the samples among them, ascending
	 */
	public static long[] of(long[] shingles) {
		long[] out = new long[shingles.length];
		int n = 0;
		for (long s : shingles) {
			if (Long.remainderUnsigned(Shingles.mix(s ^ SALT), EVERY) == 0) {
				out[n++] = s;
			}
		}
		return Arrays.copyOf(out, n);
	}

	/**
	 * @param a samples of one text, ascending
	 * @param b samples of another, ascending
	 * @return the share of the smaller sample set found in the other, 0–1 (0 when one is empty)
	 */
	public static double containment(long[] a, long[] b) {
		int shared = 0;
		for (int i = 0, j = 0; i < a.length && j < b.length;) {
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			} else if (a[i] < b[j]) {
				i++;
			} else {
				j++;
			}
		}
		int smaller = Math.min(a.length, b.length);
		return smaller == 0 ? 0 : shared / (double) smaller;
	}
}
