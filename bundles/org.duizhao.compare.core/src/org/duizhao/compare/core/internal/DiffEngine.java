package org.duizhao.compare.core.internal;

import java.util.List;

import org.duizhao.compare.core.CompareOptions;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.CompareSide;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The two-level comparison with moves: sentence alignment, fine diff of paired sentences, move
 * detection, result in original offsets. Arguments are checked by the public facade.
 */
public final class DiffEngine {

	private DiffEngine() {
	}

	/** Compares checked arguments; see {@code Comparer#compare}. */
	public static CompareResult compare(CompareSide a, CompareSide b, CompareOptions options, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Compare_task, 100);
		Alignment alignment = new Alignment(a, b, options, sub);
		alignment.run(sub.split(70));
		List<Edit> edits = alignment.edits.edits();
		List<Move> moves = List.of();
		SubMonitor moveMonitor = sub.split(20);
		if (options.detectMoves()) {
			moves = new MoveFinder(alignment.textA, alignment.textB, options.minMoveLength(), moveMonitor).find(edits);
			edits = MoveCarver.carve(edits, moves);
		}
		sub.split(10);
		return new ResultBuilder(a, b).build(edits, moves, alignment.links, alignment.ua, alignment.ub);
	}
}
