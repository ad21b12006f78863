package org.duizhao.report.core;

import java.util.List;

/**
 * The segments of one code, for the grouped view.
 *
 * @param entry the code with its counts
 * @param segments its segments, by document then start
 */
public record CodeGroup(LegendEntry entry, List<Segment> segments) {

	/** Copies the list. */
	public CodeGroup {
		segments = List.copyOf(segments);
	}
}
