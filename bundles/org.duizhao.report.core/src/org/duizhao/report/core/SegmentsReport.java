package org.duizhao.report.core;

import java.util.List;

/**
 * The coded-segments report: code → passages (the retrieval report), and the same segments as a
 * flat table, one row per passage, for R, Python and SPSS.
 *
 * @param projectName the project's name
 * @param groups one group per selected code that has segments, in code-tree order
 * @param rows every segment once, by document then start
 */
public record SegmentsReport(String projectName, List<CodeGroup> groups, List<Segment> rows) implements Report {

	/** Copies the lists. */
	public SegmentsReport {
		groups = List.copyOf(groups);
		rows = List.copyOf(rows);
	}

	@Override
	public ReportKind kind() {
		return ReportKind.SEGMENTS;
	}
}
