package org.duizhao.cli.internal;

import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;

import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportExporters;
import org.duizhao.report.core.ReportKind;

/**
 * A format that carries only the agreement report, registered for a test: every built-in format now
 * carries every kind, so this is how a test asks for a format that cannot carry a kind.
 */
final class NarrowFormat implements ReportExporter, AutoCloseable {

	static final String ID = "narrow"; //$NON-NLS-1$

	private NarrowFormat() {
	}

	/** Registers the format until {@link #close()}. */
	static NarrowFormat register() {
		NarrowFormat format = new NarrowFormat();
		ReportExporters.register(format);
		return format;
	}

	@Override
	public String format() {
		return ID;
	}

	@Override
	public String extension() {
		return "txt"; //$NON-NLS-1$
	}

	@Override
	public Set<ReportKind> kinds() {
		return EnumSet.of(ReportKind.AGREEMENT);
	}

	@Override
	public void write(Report report, OutputStream out) {
		throw new IllegalStateException("never written"); //$NON-NLS-1$
	}

	@Override
	public void close() {
		ReportExporters.unregister(ID);
	}
}
