package org.duizhao.report.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.duizhao.report.core.internal.CsvExporter;
import org.duizhao.report.core.internal.HtmlExporter;
import org.duizhao.report.core.internal.docx.DocxExporter;
import org.duizhao.report.core.internal.pdf.PdfExporter;
import org.duizhao.report.core.internal.tei.TeiExporter;
import org.duizhao.report.core.internal.xlsx.XlsxExporter;

/**
 * The registry of report formats. The built-in formats (HTML, CSV, XLSX, DOCX, TEI) are registered when the class
 * loads; another bundle plugs in a format by calling {@link #register} from its activator (or a
 * declarative service component) before the format is used. A later registration of the same
 * format id replaces the earlier one, so a bundle can also override a built-in format.
 */
public final class ReportExporters {

	private static final Map<String, ReportExporter> BY_FORMAT = new ConcurrentHashMap<>();

	static {
		register(new HtmlExporter());
		register(new CsvExporter());
		register(new XlsxExporter());
		register(new DocxExporter());
		register(new TeiExporter());
		register(new PdfExporter());
	}

	private ReportExporters() {
	}

	/** Registers {@code exporter} under its {@link ReportExporter#format()}. */
	public static void register(ReportExporter exporter) {
		BY_FORMAT.put(exporter.format(), exporter);
	}

	/** Removes the exporter of {@code format} (a bundle that stops). */
	public static void unregister(String format) {
		BY_FORMAT.remove(format);
	}

	/** @return the exporter of {@code format}, if one is registered */
	public static Optional<ReportExporter> get(String format) {
		return Optional.ofNullable(BY_FORMAT.get(format));
	}

	/** @return the registered exporters, sorted by format id */
	public static List<ReportExporter> all() {
		List<ReportExporter> list = new ArrayList<>(BY_FORMAT.values());
		list.sort((a, b) -> a.format().compareTo(b.format()));
		return list;
	}
}
