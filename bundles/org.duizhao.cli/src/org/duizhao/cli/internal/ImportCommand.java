package org.duizhao.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.ImportReport;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.SkipReason;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao import <files|dir>... --project <dir>}: imports into a project, creating it when
 * the folder holds none yet. Prints one line per skipped file and a summary; with
 * {@code --stats} also the speed and the peak heap (for the benchmark).
 */
final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Import_usage;
	}

	@Override
	public String description() {
		return Messages.Import_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "name", "encoding", "max-size"), Set.of("stats")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		String projectDir = args.option("project"); //$NON-NLS-1$
		if (projectDir == null) {
			throw new UsageException(Messages.Import_projectRequired);
		}
		if (args.positional().isEmpty()) {
			throw new UsageException(Messages.Import_noSources);
		}
		List<Path> sources = args.positional().stream().map(Path::of).toList();
		for (Path p : sources) {
			if (!Files.exists(p)) {
				throw new IllegalArgumentException(NLS.bind(Messages.Import_noSuchSource, p));
			}
		}
		ImportOptions options = options(args);
		Project project = openOrCreate(Path.of(projectDir), args.option("name")); //$NON-NLS-1$
		warnProblems(project, io);
		long start = System.nanoTime();
		ImportReport report = new Importer(project, options).purpose("duizhao import") //$NON-NLS-1$
				.importFiles(sources, new ConsoleMonitor(io));
		double seconds = (System.nanoTime() - start) / 1e9;
		for (ImportReport.Skipped s : report.skipped()) {
			io.err().println(NLS.bind(Messages.Import_skipped, s.file(), s.message()));
		}
		for (ImportReport.SameTitle same : report.sameTitles()) {
			io.err().println(NLS.bind(Messages.Import_sameTitle, new Object[] { same.document().current().sourceName(),
					same.document().displayName(), same.other().current().sourceName() }));
		}
		io.out().println(summary(project, report));
		if (!report.sameTitles().isEmpty()) {
			io.out().println(NLS.bind(Messages.Import_sameTitles, report.sameTitles().size()));
		}
		if (args.flag("stats")) { //$NON-NLS-1$
			// machine-read by releng/scripts/bench-import.sh: never translated
			io.out().println(Stats.line(report.imported().size() + report.skipped().size(), seconds));
		}
		return 0;
	}

	private static ImportOptions options(Args args) throws UsageException {
		ImportOptions options = ImportOptions.defaults();
		if (args.option("encoding") != null) { //$NON-NLS-1$
			options = options.withEncoding(Args.charset(args.option("encoding"))); //$NON-NLS-1$
		}
		if (args.option("max-size") != null) { //$NON-NLS-1$
			long megabytes;
			try {
				megabytes = Long.parseLong(args.option("max-size")); //$NON-NLS-1$
			} catch (NumberFormatException e) {
				throw new UsageException(Messages.Import_maxSize);
			}
			if (megabytes <= 0 || megabytes > Long.MAX_VALUE / (1024 * 1024)) {
				throw new UsageException(Messages.Import_maxSize);
			}
			options = options.withMaxBytes(megabytes * 1024 * 1024);
		}
		return options;
	}

	/** A damaged document is said, not silently left out (later: "no document matches"). */
	static void warnProblems(Project project, Io io) {
		project.problems().forEach(p -> io.err().println(NLS.bind(Messages.Project_problem, p.message())));
	}

	static Project openOrCreate(Path folder, String name) throws java.io.IOException {
		if (Files.isRegularFile(folder.resolve("project.json"))) { //$NON-NLS-1$
			return Project.open(folder);
		}
		String projectName = name != null ? name : folder.toAbsolutePath().getFileName().toString();
		return Project.create(folder, projectName);
	}

	/** @return e.g. {@code imported 3 document(s) into /p; skipped 2 (binary 1, empty 1)} */
	private static String summary(Project project, ImportReport report) {
		String line = NLS.bind(Messages.Import_summary, new Object[] { report.imported().size(), project.folder(),
				report.skipped().size() });
		Map<SkipReason, Long> byReason = report.skippedByReason();
		if (byReason.isEmpty()) {
			return line;
		}
		StringJoiner reasons = new StringJoiner(Messages.Import_listSeparator);
		byReason.forEach(
				(reason, count) -> reasons.add(NLS.bind(Messages.Import_reasonCount, Messages.reason(reason), count)));
		return NLS.bind(Messages.Import_summaryReasons, line, reasons);
	}
}
