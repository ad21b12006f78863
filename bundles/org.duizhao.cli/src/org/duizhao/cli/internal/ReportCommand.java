package org.duizhao.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.corpus.core.Project;
import org.duizhao.report.core.ComparisonSettings;
import org.duizhao.report.core.PdfFontSetting;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportExporters;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao report --project P --kind document|segments|comparison|agreement --format
 * html|csv|pdf|docx|xlsx|tei [--docs …] [--base B] [--codes …] [--coders …] [--granularity G]
 * [--ignore …] [--font FILE] -o OUT}: writes a report through the report engine's format registry.
 * {@code --font} names the PDF's font; it is handed to the engine as the system property
 * {@link PdfFontSetting#PROPERTY}, which the PDF format reads before its other font settings.
 * Lists are comma-separated; the document kind without {@code --docs} covers every document. The
 * comparison takes {@code --docs A,B}, or {@code --base A --docs B,C,…} for the table of a base
 * against several documents; {@code --granularity} and {@code --ignore} work as for {@code compare}
 * (the editor's defaults otherwise). The file is written next to its target and moved into place, so a failed run never leaves half a report.
 */
final class ReportCommand implements Command {

	@Override
	public String name() {
		return "report"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Report_usage;
	}

	@Override
	public String description() {
		return Messages.Report_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "kind", "format", "docs", "codes", "coders", "o", "output", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"base", "granularity", "ignore", "font"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				Set.of());
		if (!args.positional().isEmpty()) {
			throw new UsageException(Messages.Report_noArguments);
		}
		ReportKind kind = kind(args.option("kind")); //$NON-NLS-1$
		ReportExporter exporter = exporter(args.option("format", "html"), kind); //$NON-NLS-1$ //$NON-NLS-2$
		String output = args.option("o", args.option("output")); //$NON-NLS-1$ //$NON-NLS-2$
		if (output == null) {
			throw new UsageException(Messages.Report_outputRequired);
		}
		OutputFile.check(output);
		ReportSelection selection = new ReportSelection(list(args.option("docs")), list(args.option("codes")), //$NON-NLS-1$ //$NON-NLS-2$
				list(args.option("coders")), args.option("base")); //$NON-NLS-1$ //$NON-NLS-2$
		ComparisonSettings settings = comparisonSettings(args, kind);
		Project project = ProjectArgs.open(args);
		Report report;
		try (AnnotationStore store = AnnotationStores.open(project.folder())) {
			report = kind == ReportKind.COMPARISON
					? ReportBuilder.comparison(project, store, selection, settings, new ConsoleMonitor(io))
					: ReportBuilder.build(kind, project, store, selection, new ConsoleMonitor(io));
		}
		String font = args.option("font"); //$NON-NLS-1$
		String before = System.getProperty(PdfFontSetting.PROPERTY);
		if (font != null) {
			System.setProperty(PdfFontSetting.PROPERTY, font);
		}
		try {
			write(exporter, report, output, io);
		} finally {
			restore(before);
		}
		return 0;
	}

	/** {@code --font} lasts for this command only (tests run many commands in one JVM). */
	private static void restore(String before) {
		if (before == null) {
			System.clearProperty(PdfFontSetting.PROPERTY);
		} else {
			System.setProperty(PdfFontSetting.PROPERTY, before);
		}
	}

	/**
	 * @return the comparison's settings from {@code --granularity} and {@code --ignore} (the compare
	 *         editor's defaults where absent)
	 * @throws UsageException when those or {@code --base} are given for another kind
	 */
	private static ComparisonSettings comparisonSettings(Args args, ReportKind kind) throws UsageException {
		ComparisonSettings defaults = ComparisonSettings.defaults();
		if (kind != ReportKind.COMPARISON) {
			for (String option : List.of("base", "granularity", "ignore")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (args.option(option) != null) {
					throw new UsageException(NLS.bind(Messages.Report_comparisonOnly, option));
				}
			}
			return defaults;
		}
		String granularity = args.option("granularity"); //$NON-NLS-1$
		String ignore = args.option("ignore"); //$NON-NLS-1$
		return new ComparisonSettings(
				granularity == null ? defaults.granularity() : CompareCommand.granularity(granularity),
				ignore == null ? defaults.ignore() : CompareCommand.ignore(ignore));
	}

	private static ReportKind kind(String value) throws UsageException {
		if (value == null) {
			throw new UsageException(Messages.Report_kindRequired);
		}
		return ReportKind.of(value).orElseThrow(() -> new UsageException(NLS.bind(Messages.Report_badKind, value)));
	}

	private static ReportExporter exporter(String format, ReportKind kind) throws UsageException {
		ReportExporter exporter = ReportExporters.get(format).orElseThrow(() -> new UsageException(NLS
				.bind(Messages.Report_badFormat, format, formats(ReportExporters.all()))));
		if (!exporter.kinds().contains(kind)) {
			List<ReportExporter> able = ReportExporters.all().stream().filter(e -> e.kinds().contains(kind)).toList();
			throw new UsageException(NLS.bind(Messages.Report_formatCannot, new Object[] { format, kind.id(), formats(able) }));
		}
		return exporter;
	}

	private static String formats(List<ReportExporter> exporters) {
		return exporters.stream().map(ReportExporter::format).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static List<String> list(String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
	}

	private static void write(ReportExporter exporter, Report report, String output, Io io) throws IOException {
		if ("-".equals(output)) { //$NON-NLS-1$
			exporter.write(report, io.out());
			io.out().flush();
			return;
		}
		Path target = Path.of(output).toAbsolutePath();
		Path temp = null;
		try {
			// not Files.createTempFile: its file is private to the owner, and a report is for others to read
			temp = target.resolveSibling(".report-" + java.util.UUID.randomUUID() + ".part"); //$NON-NLS-1$ //$NON-NLS-2$
			try (OutputStream out = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW)) {
				exporter.write(report, out);
			}
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			temp = null;
		} catch (java.nio.file.FileSystemException e) {
			throw OutputFile.problem(Path.of(output), e);
		} finally {
			if (temp != null) {
				Files.deleteIfExists(temp);
			}
		}
		io.err().println(NLS.bind(Messages.Report_written, output));
	}
}
