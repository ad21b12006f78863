package org.duizhao.compare.core.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Finds passages that were deleted in one place and inserted in another: seeds are equal
 * {@code minLength}-grams of deleted and inserted text (hash index over the inserted text), each
 * seed is extended to a maximal match, and the longest match at each place is taken.
 */
final class MoveFinder {

	/** Candidates looked at per seed; repeated boilerplate must not make the search quadratic. */
	private static final int MAX_CANDIDATES = 16;

	private final String textA;
	private final String textB;
	private final int minLength;
	private final IProgressMonitor monitor;
	private final List<Edit> inserts = new ArrayList<>();
	private final BitSet takenB = new BitSet();
	private final List<Move> moves = new ArrayList<>();
	private GramTable index;
	private int steps;

	MoveFinder(String textA, String textB, int minLength, IProgressMonitor monitor) {
		this.textA = textA;
		this.textB = textB;
		this.minLength = Math.max(1, minLength);
		this.monitor = monitor;
	}

	/** @return the moves among the deletes and inserts of {@code edits}, ordered by place in A */
	List<Move> find(List<Edit> edits) {
		List<Edit> deletes = new ArrayList<>();
		for (Edit e : edits) {
			if (e.kind() == Edit.Kind.DELETE && e.aLength() >= minLength) {
				deletes.add(e);
			} else if (e.kind() == Edit.Kind.INSERT && e.bLength() >= minLength) {
				inserts.add(e);
			}
		}
		if (deletes.isEmpty() || inserts.isEmpty()) {
			return moves;
		}
		buildIndex();
		for (Edit d : deletes) {
			scan(d);
		}
		return moves;
	}

	private void buildIndex() {
		int total = 0;
		for (Edit e : inserts) {
			total += e.bLength() - minLength + 1;
		}
		int[] hashes = new int[total];
		int[] positions = new int[total];
		int size = 0;
		for (Edit e : inserts) {
			int[] h = GramHashes.of(codeUnits(textB, e.bStart(), e.bEnd()), 0, e.bLength(), minLength);
			System.arraycopy(h, 0, hashes, size, h.length);
			for (int k = 0; k < h.length; k++) {
				positions[size + k] = e.bStart() + k;
			}
			size += h.length;
		}
		index = new GramTable(hashes, positions, size);
	}

	private void scan(Edit d) {
		int[] hashes = GramHashes.of(codeUnits(textA, d.aStart(), d.aEnd()), 0, d.aLength(), minLength);
		int p = d.aStart();
		while (p - d.aStart() < hashes.length) {
			tick();
			Move best = Character.isLowSurrogate(textA.charAt(p)) ? null : bestAt(p, hashes[p - d.aStart()], d);
			if (best == null) {
				p++;
			} else {
				moves.add(best);
				takenB.set(best.bStart(), best.bEnd());
				p = best.aEnd();
			}
		}
	}

	private Move bestAt(int p, int hash, Edit d) {
		Move best = null;
		int seen = 0;
		for (int slot = index.first(hash); slot >= 0 && seen < MAX_CANDIDATES; slot = index.next(slot), seen++) {
			int q = index.position(slot);
			if (takenB.get(q)) {
				continue;
			}
			Edit ins = insertAt(q);
			int len = 0;
			while (p + len < d.aEnd() && q + len < ins.bEnd() && !takenB.get(q + len)
					&& textA.charAt(p + len) == textB.charAt(q + len)) {
				len++;
			}
			if (len > 0 && Character.isHighSurrogate(textA.charAt(p + len - 1))) {
				len--; // never end between the halves of a surrogate pair
			}
			if (len >= minLength && (best == null || len > best.length())) {
				best = new Move(p, p + len, q, q + len, ins.aStart(), d.bStart());
			}
		}
		return best;
	}

	/** @return the insert holding B position {@code q} (inserts are in B order) */
	private Edit insertAt(int q) {
		int lo = 0;
		int hi = inserts.size() - 1;
		while (lo < hi) {
			int mid = (lo + hi + 1) >>> 1;
			if (inserts.get(mid).bStart() <= q) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return inserts.get(lo);
	}

	private static int[] codeUnits(String text, int from, int to) {
		int[] out = new int[to - from];
		for (int i = from; i < to; i++) {
			out[i - from] = text.charAt(i);
		}
		return out;
	}

	private void tick() {
		if ((++steps & 0xFFF) == 0 && monitor != null && monitor.isCanceled()) {
			throw new org.eclipse.core.runtime.OperationCanceledException();
		}
	}
}
