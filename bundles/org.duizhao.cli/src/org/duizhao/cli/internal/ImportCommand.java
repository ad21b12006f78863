package org.duizhao.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.ImportReport;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.SkipReason;

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
		return "import <files|dirs>... --project <dir> [--name N] [--encoding E] [--max-size MB] [--stats]"; //$NON-NLS-1$
	}

	@Override
	public String description() {
		return "import documents into a project (created if missing)"; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "name", "encoding", "max-size"), Set.of("stats")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		String projectDir = args.option("project"); //$NON-NLS-1$
		if (projectDir == null) {
			throw new UsageException("--project <dir> is required"); //$NON-NLS-1$
		}
		if (args.positional().isEmpty()) {
			throw new UsageException("name at least one file or folder to import"); //$NON-NLS-1$
		}
		List<Path> sources = args.positional().stream().map(Path::of).toList();
		for (Path p : sources) {
			if (!Files.exists(p)) {
				throw new IllegalArgumentException("no such file or folder: " + p); //$NON-NLS-1$
			}
		}
		Project project = openOrCreate(Path.of(projectDir), args.option("name")); //$NON-NLS-1$
		ImportOptions options = options(args);
		long start = System.nanoTime();
		ImportReport report = new Importer(project, options).importFiles(sources, new ConsoleMonitor(io));
		double seconds = (System.nanoTime() - start) / 1e9;
		for (ImportReport.Skipped s : report.skipped()) {
			io.err().println("skipped " + s.file() + ": " + s.message()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		io.out().println(summary(project, report));
		if (args.flag("stats")) { //$NON-NLS-1$
			io.out().println(Stats.line(report.imported().size() + report.skipped().size(), seconds));
		}
		return 0;
	}

	private static ImportOptions options(Args args) throws UsageException {
		ImportOptions options = ImportOptions.defaults();
		if (args.option("encoding") != null) { //$NON-NLS-1$
			options = options.withEncoding(args.option("encoding")); //$NON-NLS-1$
		}
		if (args.option("max-size") != null) { //$NON-NLS-1$
			try {
				options = options.withMaxBytes(Long.parseLong(args.option("max-size")) * 1024 * 1024); //$NON-NLS-1$
			} catch (NumberFormatException e) {
				throw new UsageException("--max-size takes a whole number of megabytes"); //$NON-NLS-1$
			}
		}
		return options;
	}

	static Project openOrCreate(Path folder, String name) throws java.io.IOException {
		if (Files.isRegularFile(folder.resolve("project.json"))) { //$NON-NLS-1$
			return Project.open(folder);
		}
		String projectName = name != null ? name : folder.toAbsolutePath().getFileName().toString();
		return Project.create(folder, projectName);
	}

	private static String summary(Project project, ImportReport report) {
		StringBuilder line = new StringBuilder();
		line.append("imported ").append(report.imported().size()).append(" document(s) into ") //$NON-NLS-1$ //$NON-NLS-2$
				.append(project.folder()).append("; skipped ").append(report.skipped().size()); //$NON-NLS-1$
		Map<SkipReason, Long> byReason = report.skippedByReason();
		if (!byReason.isEmpty()) {
			line.append(" ("); //$NON-NLS-1$
			byReason.forEach((reason, count) -> line.append(reason.name().toLowerCase(java.util.Locale.ROOT))
					.append(' ').append(count).append(", ")); //$NON-NLS-1$
			line.setLength(line.length() - 2);
			line.append(')');
		}
		return line.toString();
	}
}
