package org.duizhao.compare.core.internal;

import java.util.List;

import org.duizhao.compare.core.CompareMetrics;
import org.duizhao.compare.core.SentenceLink;

/**
 * Adds up characters per edit kind (code points of the normalized texts) and sentences per link
 * kind.
 */
final class MetricsCounter {

	private final OriginalMap mapA;
	private final OriginalMap mapB;
	private long shared;
	private long inserted;
	private long deleted;
	private long changed;
	private long moved;

	MetricsCounter(OriginalMap mapA, OriginalMap mapB) {
		this.mapA = mapA;
		this.mapB = mapB;
	}

	void count(Edit e) {
		int ca = mapA.normalizedCodePoints(e.aStart(), e.aEnd());
		int cb = mapB.normalizedCodePoints(e.bStart(), e.bEnd());
		switch (e.kind()) {
		case EQUAL:
			shared += ca;
			break;
		case INSERT:
			inserted += cb;
			break;
		case DELETE:
			deleted += ca;
			break;
		default:
			changed += Math.max(ca, cb);
		}
	}

	void count(Move m) {
		moved += mapA.normalizedCodePoints(m.aStart(), m.aEnd());
	}

	CompareMetrics metrics(List<SentenceLink> links) {
		int[] byKind = new int[SentenceLink.Kind.values().length];
		for (SentenceLink link : links) {
			// an inserted sentence that mostly moved in from elsewhere is not new text
			boolean movedIn = link.kind() == SentenceLink.Kind.INSERTED && link.similarity() >= 0.5;
			if (!movedIn) {
				byKind[link.kind().ordinal()]++;
			}
		}
		long total = (long) mapA.normalizedCodePoints(0, lengthA()) + mapB.normalizedCodePoints(0, lengthB());
		double similarity = total == 0 ? 1 : Math.min(1, 2.0 * (shared + moved) / total);
		return new CompareMetrics(similarity, shared, inserted, deleted, changed, moved,
				byKind[SentenceLink.Kind.INSERTED.ordinal()], byKind[SentenceLink.Kind.DELETED.ordinal()],
				byKind[SentenceLink.Kind.CHANGED.ordinal()], byKind[SentenceLink.Kind.MOVED.ordinal()]);
	}

	private int lengthA() {
		return mapA.normalizedLength();
	}

	private int lengthB() {
		return mapB.normalizedLength();
	}
}
