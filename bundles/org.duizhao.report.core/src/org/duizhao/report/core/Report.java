package org.duizhao.report.core;

/**
 * A report's content, independent of any format: an exporter turns it into a file. The models are
 * plain immutable records so that new formats need no access to the project or the store.
 */
public interface Report {

	/** @return the kind, which tells the exporter which record this is */
	ReportKind kind();

	/** @return the project's name, shown in the title */
	String projectName();
}
