package org.duizhao.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.exchange.AnnotationExchange;
import org.duizhao.annotations.core.exchange.ExchangeFormat;
import org.duizhao.annotations.core.exchange.ExportResult;
import org.duizhao.annotations.core.exchange.ImportResult;
import org.duizhao.corpus.core.Project;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao annotations import|export}: moves a project's annotations in and out through
 * REFI-QDA ({@code .qdpx}) and W3C Web Annotation ({@code .json}/{@code .jsonld}) files, and out
 * as CSV, with the same core calls as the workbench's File &gt; Import/Export. Import creates the
 * project when the folder is missing or empty (and removes it again if the import fails); it prints
 * what was imported on stdout and each item that could not be mapped on stderr.
 */
final class AnnotationsCommand implements Command {

	/** Opens a project's annotation store (the CLI tests give another). */
	@FunctionalInterface
	interface StoreOpener {
		AnnotationStore open(Project project) throws IOException;
	}

	private final StoreOpener opener;

	AnnotationsCommand(StoreOpener opener) {
		this.opener = opener;
	}

	@Override
	public String name() {
		return "annotations"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Annotations_usage;
	}

	@Override
	public String description() {
		return Messages.Annotations_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		if (raw.isEmpty()) {
			throw new UsageException(Messages.Annotations_subcommand);
		}
		List<String> rest = raw.subList(1, raw.size());
		return switch (raw.get(0)) {
		case "import" -> importFile(Args.parse(rest, Set.of("project", "coder", "format"), Set.of()), io); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		case "export" -> export(Args.parse(rest, Set.of("project", "format", "o", "output"), Set.of()), io); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		default -> throw new UsageException(Messages.Annotations_subcommand);
		};
	}

	private int importFile(Args args, Io io) throws Exception {
		Path folder = projectFolder(args);
		if (args.positional().size() != 1) {
			throw new UsageException(Messages.Annotations_oneFile);
		}
		Path file = Path.of(args.positional().get(0));
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Error_noSuchFile, file));
		}
		ExchangeFormat format = args.option("format") != null ? format(args.option("format")) //$NON-NLS-1$ //$NON-NLS-2$
				: ExchangeFormat.ofImportFile(file).orElseThrow(
						() -> new IllegalArgumentException(NLS.bind(Messages.Error_unsupportedType, file.getFileName())));
		boolean fresh = !Files.isRegularFile(folder.resolve("project.json")) && isMissingOrEmpty(folder); //$NON-NLS-1$
		Project project = ImportCommand.openOrCreate(folder, null);
		ImportResult r;
		try (AnnotationStore store = opener.open(project)) {
			String coder = args.option("coder", StoreAccess.defaultCoder()); //$NON-NLS-1$
			r = new AnnotationExchange(project, store, coder).importFile(file, format, new ConsoleMonitor(io));
		} catch (Exception | Error e) {
			if (fresh) {
				deleteQuietly(folder, e);
			}
			throw e;
		}
		for (String p : r.problems()) {
			io.err().println(NLS.bind(Messages.Annotations_notMapped, p));
		}
		io.out().println(NLS.bind(Messages.Annotations_imported, new Object[] { r.documents(), r.codes(),
				r.annotations(), r.memos(), file.getFileName(), project.folder(), r.relocated(), r.problems().size() }));
		return 0;
	}

	private int export(Args args, Io io) throws Exception {
		Path folder = projectFolder(args);
		String f = args.option("format"); //$NON-NLS-1$
		if (f == null) {
			throw new UsageException(Messages.Annotations_formatRequired);
		}
		ExchangeFormat format = format(f);
		String out = args.option("o", args.option("output")); //$NON-NLS-1$ //$NON-NLS-2$
		if (out == null) {
			throw new UsageException(Messages.Annotations_outputRequired);
		}
		if (!args.positional().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Annotations_unexpected, args.positional().get(0)));
		}
		if (!Files.isRegularFile(folder.resolve("project.json"))) { //$NON-NLS-1$
			throw new IllegalArgumentException(NLS.bind(Messages.Compare_noProject, folder));
		}
		Project project = Project.open(folder);
		ExportResult r;
		try (AnnotationStore store = opener.open(project)) {
			r = new AnnotationExchange(project, store, StoreAccess.defaultCoder()).export(format, Path.of(out),
					new ConsoleMonitor(io));
		}
		for (String p : r.problems()) {
			io.err().println(NLS.bind(Messages.Annotations_leftOut, p));
		}
		io.out().println(NLS.bind(Messages.Annotations_exported, new Object[] { r.annotations(), r.codes(), r.memos(),
				r.documents(), out, r.problems().size() }));
		return 0;
	}

	private static Path projectFolder(Args args) throws UsageException {
		String p = args.option("project"); //$NON-NLS-1$
		if (p == null) {
			throw new UsageException(Messages.Import_projectRequired);
		}
		return Path.of(p);
	}

	private static ExchangeFormat format(String name) throws UsageException {
		return ExchangeFormat.named(name)
				.orElseThrow(() -> new UsageException(NLS.bind(Messages.Annotations_badFormat, name)));
	}

	private static boolean isMissingOrEmpty(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return true;
		}
		try (var entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	/** Removes a project this failed import created in a folder that was missing or empty. */
	private static void deleteQuietly(Path folder, Throwable failure) {
		try (var all = Files.walk(folder)) {
			for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException | RuntimeException e) {
			failure.addSuppressed(e);
		}
	}
}
