package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.CompareSide;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.core.HunkType;
import org.duizhao.compare.core.SentenceLink;
import org.duizhao.compare.core.SharedPassage;
import org.duizhao.text.core.TextRange;

/**
 * Turns normalized edits and moves into the public result: hunks and passages in original
 * offsets, sentence links refined by the moves, metrics.
 */
final class ResultBuilder {

	private final CompareSide a;
	private final CompareSide b;
	private final OriginalMap mapA;
	private final OriginalMap mapB;
	private final MetricsCounter counter;

	ResultBuilder(CompareSide a, CompareSide b) {
		this.a = a;
		this.b = b;
		this.mapA = new OriginalMap(a.text());
		this.mapB = new OriginalMap(b.text());
		this.counter = new MetricsCounter(mapA, mapB);
	}

	CompareResult build(List<Edit> edits, List<Move> moves, List<SentenceLink> links, Units ua, Units ub) {
		List<Hunk> hunks = new ArrayList<>();
		List<SharedPassage> shared = new ArrayList<>();
		for (Edit e : edits) {
			counter.count(e);
			if (e.kind() == Edit.Kind.EQUAL) {
				shared.add(passage(e));
			} else {
				hunks.add(hunk(type(e.kind()), e.aStart(), e.aEnd(), e.bStart(), e.bEnd(), -1, -1));
			}
		}
		for (Move m : moves) {
			counter.count(m);
			hunks.add(hunk(HunkType.MOVE, m.aStart(), m.aEnd(), m.bStart(), m.bEnd(), m.anchorA(), m.anchorB()));
		}
		hunks.sort(Comparator.comparingInt((Hunk h) -> h.a().start()).thenComparingInt(h -> h.a().end())
				.thenComparingInt(h -> h.b().start()));
		List<SentenceLink> refined = new LinkRefiner(moves, ua, ub).refine(links);
		return new CompareResult(a, b, hunks, shared, refined, counter.metrics(refined));
	}

	private SharedPassage passage(Edit e) {
		return new SharedPassage(mapA.original(e.aStart(), e.aEnd()), mapB.original(e.bStart(), e.bEnd()),
				new TextRange(e.aStart(), e.aEnd()), new TextRange(e.bStart(), e.bEnd()),
				a.text().text().substring(e.aStart(), e.aEnd()));
	}

	private Hunk hunk(HunkType type, int as, int ae, int bs, int be, int anchorA, int anchorB) {
		TextRange oa = mapA.original(as, ae);
		TextRange ob = mapB.original(bs, be);
		int ancA = anchorA < 0 ? oa.start() : mapA.originalPosition(anchorA);
		int ancB = anchorB < 0 ? ob.start() : mapB.originalPosition(anchorB);
		return new Hunk(type, oa, ob, mapA.codePoints(oa), mapB.codePoints(ob), new TextRange(as, ae),
				new TextRange(bs, be), ancA, ancB);
	}

	private static HunkType type(Edit.Kind kind) {
		switch (kind) {
		case INSERT:
			return HunkType.INSERT;
		case DELETE:
			return HunkType.DELETE;
		default:
			return HunkType.CHANGE;
		}
	}
}
