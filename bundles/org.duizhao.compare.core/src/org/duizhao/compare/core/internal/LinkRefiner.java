package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.compare.core.SentenceLink;

/**
 * Marks deleted sentences whose text mostly moved elsewhere as {@link SentenceLink.Kind#MOVED}, and
 * gives inserted sentences the share of their text that moved in, so they are not counted as new.
 */
final class LinkRefiner {

	private final List<Move> moves;
	private final Units ua;
	private final Units ub;
	private final int[] coveredA;
	private final int[] coveredB;
	private final int[] targetB;

	LinkRefiner(List<Move> moves, Units ua, Units ub) {
		this.moves = moves;
		this.ua = ua;
		this.ub = ub;
		this.coveredA = new int[moves.isEmpty() ? 0 : ua.count()];
		this.coveredB = new int[moves.isEmpty() ? 0 : ub.count()];
		this.targetB = new int[coveredA.length];
		java.util.Arrays.fill(targetB, -1);
	}

	List<SentenceLink> refine(List<SentenceLink> links) {
		if (moves.isEmpty()) {
			return links;
		}
		for (Move m : moves) {
			spread(ua, coveredA, m.aStart(), m.aEnd(), ub.unitAt(m.bStart()));
			spread(ub, coveredB, m.bStart(), m.bEnd(), -1);
		}
		List<SentenceLink> out = new ArrayList<>(links.size());
		for (SentenceLink link : links) {
			out.add(refine(link));
		}
		return out;
	}

	private SentenceLink refine(SentenceLink link) {
		if (link.kind() == SentenceLink.Kind.DELETED) {
			double share = share(coveredA[link.a()], ua, link.a());
			if (share >= 0.5) {
				return new SentenceLink(SentenceLink.Kind.MOVED, link.a(), targetB[link.a()], share);
			}
		} else if (link.kind() == SentenceLink.Kind.INSERTED && coveredB[link.b()] > 0) {
			return new SentenceLink(SentenceLink.Kind.INSERTED, -1, link.b(), share(coveredB[link.b()], ub, link.b()));
		}
		return link;
	}

	private void spread(Units units, int[] covered, int start, int end, int target) {
		for (int k = units.unitAt(start); k < units.count() && units.start(k) < end; k++) {
			covered[k] += Math.min(end, units.end(k)) - Math.max(start, units.start(k));
			if (target >= 0 && targetB[k] < 0) {
				targetB[k] = target;
			}
		}
	}

	private static double share(int covered, Units units, int k) {
		int length = units.end(k) - units.start(k);
		return length == 0 ? 0 : (double) covered / length;
	}
}
