package org.duizhao.text.core.normalize.internal;

/**
 * One row of {@code lookalikes.txt}: the common characters a look-alike may stand for, best first,
 * with how each is related to it, and whether the look-alike is rare (see
 * {@code releng/scripts/normalize_lookalikes.py}).
 *
 * @param candidates the candidates' code points
 * @param kinds one code per candidate: {@code p} part, {@code r} repeat, {@code l} similar part,
 *        {@code s} sound and shape, {@code e} enclosure, {@code w} any other part; in upper case
 *        when the two share a reading
 * @param standard whether the look-alike is a character in standard use (GB 2312, Big Five): it
 *        then folds only to a candidate that sounds alike
 * @param unknown whether jieba's dictionary does not know the look-alike at all: it may then fold
 *        without a word to go by
 */
public record LookalikeEntry(int[] candidates, String kinds, boolean standard, boolean unknown) {

	/**
	 * @param row the part of a row after the look-alike and its tab: {@code candidates<TAB>kinds<TAB>class}
	 * @return the entry, or {@code null} if the row is malformed
	 */
	static LookalikeEntry parse(String row) {
		String[] parts = row.split("\t"); //$NON-NLS-1$
		if (parts.length < 3) {
			return null;
		}
		int[] candidates = parts[0].codePoints().toArray();
		if (candidates.length == 0 || candidates.length != parts[1].length()) {
			return null;
		}
		return new LookalikeEntry(candidates, parts[1], "c".equals(parts[2]), "r".equals(parts[2])); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return whether candidate {@code i} is made of the look-alike's shape: part, repeat, similar */
	boolean isShape(int i) {
		return "prl".indexOf(Character.toLowerCase(kinds.charAt(i))) >= 0; //$NON-NLS-1$
	}

	/** @return whether candidate {@code i} shares a reading with the look-alike */
	boolean soundsAlike(int i) {
		return Character.isUpperCase(kinds.charAt(i));
	}

	/**
	 * @return the one candidate made of the look-alike's own shape (its part beside a radical, its
	 *         repeated character, a similar shape), else the one that shares a part and a reading,
	 *         else the only candidate; -1 if there is no such single one
	 */
	int strongCandidate() {
		int shape = single("prl"); //$NON-NLS-1$
		if (shape != -2) {
			return shape;
		}
		int sound = single("s"); //$NON-NLS-1$
		if (sound != -2) {
			return sound;
		}
		return candidates.length == 1 ? candidates[0] : -1;
	}

	/** @return the one candidate of those kinds, -1 if several, -2 if none */
	private int single(String codes) {
		int found = -2;
		for (int i = 0; i < candidates.length; i++) {
			if (codes.indexOf(Character.toLowerCase(kinds.charAt(i))) >= 0) {
				if (found != -2) {
					return -1;
				}
				found = candidates[i];
			}
		}
		return found;
	}
}
