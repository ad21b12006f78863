package org.duizhao.annotations.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duizhao.annotations.core.Annotation;

/**
 * Code co-occurrence: how often two codes meet on overlapping passages of the same document. Each
 * pair of overlapping passages adds one to every pair of different codes, one from each passage; a
 * passage with several codes is a pair with itself. Only passages anchored on their document's
 * current text count, since positions of unanchored ones belong to another text.
 *
 * @since 0.1
 */
public final class CoOccurrence {

	private CoOccurrence() {
	}

	/**
	 * @param codeIds the codes, rows and columns in this order
	 * @param annotations the passages
	 * @return a symmetric code × code matrix (columns are code ids); the diagonal is 0
	 */
	public static CodeMatrix of(List<String> codeIds, List<Annotation> annotations) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < codeIds.size(); i++) {
			index.putIfAbsent(codeIds.get(i), i);
		}
		int[][] counts = new int[codeIds.size()][codeIds.size()];
		Map<String, List<Annotation>> byDocument = new HashMap<>();
		for (Annotation a : annotations) {
			if (a.anchoring().isAnchored()) {
				byDocument.computeIfAbsent(a.documentId(), k -> new ArrayList<>()).add(a);
			}
		}
		for (List<Annotation> list : byDocument.values()) {
			list.sort(Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end));
			for (int i = 0; i < list.size(); i++) {
				count(list.get(i), list.get(i), index, counts);
				for (int j = i + 1; j < list.size() && list.get(j).start() < list.get(i).end(); j++) {
					count(list.get(i), list.get(j), index, counts);
				}
			}
		}
		return new CodeMatrix(codeIds, codeIds, counts);
	}

	private static void count(Annotation p, Annotation q, Map<String, Integer> index, int[][] counts) {
		if (p != q && !p.overlaps(q)) {
			return;
		}
		Set<Long> pairs = new HashSet<>();
		for (String a : p.codeIds()) {
			for (String b : q.codeIds()) {
				Integer x = index.get(a);
				Integer y = index.get(b);
				if (x != null && y != null && !x.equals(y)) {
					pairs.add((long) Math.min(x, y) << 32 | Math.max(x, y));
				}
			}
		}
		for (long pair : pairs) {
			int x = (int) (pair >>> 32);
			int y = (int) pair;
			counts[x][y]++;
			counts[y][x]++;
		}
	}
}
