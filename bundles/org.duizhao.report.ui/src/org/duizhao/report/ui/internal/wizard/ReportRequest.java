package org.duizhao.report.ui.internal.wizard;

import java.nio.file.Path;

import org.duizhao.corpus.core.Project;
import org.duizhao.report.core.ComparisonSettings;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;

/**
 * What the wizard asks for: one report of one project, in one format, to one file.
 *
 * @param project the project
 * @param kind what the report shows
 * @param selection the documents (and base), codes and coders
 * @param format the format id of a registered exporter
 * @param output the file to write
 * @param comparison how a comparison compares (ignored by the other kinds); {@code null} means the
 *            compare editor's defaults
 */
public record ReportRequest(Project project, ReportKind kind, ReportSelection selection, String format, Path output,
		ComparisonSettings comparison) {

	/** A request with the default comparison settings. */
	public ReportRequest(Project project, ReportKind kind, ReportSelection selection, String format, Path output) {
		this(project, kind, selection, format, output, null);
	}
}
