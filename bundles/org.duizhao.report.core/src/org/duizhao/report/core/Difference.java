package org.duizhao.report.core;

import org.duizhao.compare.core.HunkType;

/**
 * One difference between document A and document B, in code points of their current texts. An
 * insertion's A range is empty and marks where B's text goes; a deletion's B range likewise. A
 * move's ranges are the passage's places in A and in B.
 *
 * @param number the difference's number, from 1, as marked in both texts
 * @param type insert, delete, change or move
 * @param aStart start in A
 * @param aEnd end in A, exclusive
 * @param bStart start in B
 * @param bEnd end in B, exclusive
 * @param aText A's text of the range
 * @param bText B's text of the range
 */
public record Difference(int number, HunkType type, int aStart, int aEnd, int bStart, int bEnd, String aText,
		String bText) {
}
