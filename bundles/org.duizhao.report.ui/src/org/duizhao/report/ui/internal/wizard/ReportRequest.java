package org.duizhao.report.ui.internal.wizard;

import java.nio.file.Path;

import org.duizhao.corpus.core.Project;
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
 */
public record ReportRequest(Project project, ReportKind kind, ReportSelection selection, String format, Path output) {
}
