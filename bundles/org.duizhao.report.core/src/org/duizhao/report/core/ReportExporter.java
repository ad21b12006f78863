package org.duizhao.report.core;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

/**
 * Writes reports in one file format. One small class per format; register it with
 * {@link ReportExporters#register} so the CLI and the workbench offer it.
 */
public interface ReportExporter {

	/** @return the format's id as typed on the command line, e.g. {@code html} */
	String format();

	/** @return the usual file extension without the dot */
	String extension();

	/** @return the kinds this format can carry */
	Set<ReportKind> kinds();

	/**
	 * Writes {@code report}. The stream is left open for the caller to close.
	 *
	 * @param report a report of one of {@link #kinds()}
	 * @throws IOException when writing fails
	 * @throws IllegalArgumentException when the kind is not supported
	 */
	void write(Report report, OutputStream out) throws IOException;
}
