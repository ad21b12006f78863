package org.duizhao.testing;

import java.util.Random;

/**
 * Random Han text of our own for tests that plant passages in unrelated backgrounds (parallel
 * passages in the core and in the compare editor's Related mode). The same seed gives the same
 * text, so a failure can be replayed.
 */
public final class RandomHan {

	private RandomHan() {
	}

	/** @return {@code n} random Han characters in sentences, a line break after each full stop */
	public static String filler(Random r, int n) {
		return sentences(r, n).replace("。", "。\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return one paragraph of {@code n} random Han characters in sentences, without line breaks */
	public static String sentences(Random r, int n) {
		StringBuilder sb = new StringBuilder();
		for (int i = 1; i <= n; i++) {
			sb.append((char) (0x4E00 + r.nextInt(6000)));
			if (i % 23 == 0) {
				sb.append(i % 69 == 0 ? "。" : "，"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return sb.toString();
	}

	/** @return {@code p} reworded: about a tenth of its characters replaced, a phrase added, a few dropped */
	public static String reword(Random r, String p) {
		StringBuilder sb = new StringBuilder(p);
		for (int k = 0; k < p.length() / 10; k++) {
			int at = r.nextInt(sb.length());
			if (sb.charAt(at) >= 0x4E00) {
				sb.setCharAt(at, (char) (0x4E00 + r.nextInt(6000)));
			}
		}
		sb.insert(sb.length() / 3, "进一步加大力度"); //$NON-NLS-1$
		sb.delete(2 * sb.length() / 3, 2 * sb.length() / 3 + 5);
		return sb.toString();
	}
}
