package org.duizhao.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.duizhao.compare.core.SideBuilder;
import org.duizhao.compare.core.format.HtmlFormatter;
import org.duizhao.compare.core.format.JsonFormatter;
import org.duizhao.compare.core.format.ResultFormatter;
import org.duizhao.compare.core.format.TextFormatter;
import org.duizhao.compare.core.CompareOptions;
import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.CompareSide;
import org.duizhao.compare.core.Comparer;
import org.duizhao.compare.core.Granularity;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao compare A B}: compares two files (decoded as import decodes them) or two
 * documents of a project, and writes JSON, HTML or text. Offsets are code points of the original
 * decoded texts, end exclusive.
 */
final class CompareCommand implements Command {

	/** Characters buffered before they are encoded and written: a large result is megabytes. */
	private static final int BUFFER = 1 << 16;

	@Override
	public String name() {
		return "compare"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Compare_usage;
	}

	@Override
	public String description() {
		return Messages.Compare_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "granularity", "ignore", "format", "o", "output"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				Set.of());
		if (args.positional().size() != 2) {
			throw new UsageException(Messages.Compare_twoNames);
		}
		Granularity granularity = granularity(args.option("granularity", "char")); //$NON-NLS-1$ //$NON-NLS-2$
		Set<NormalizeOption> ignore = ignore(args.option("ignore")); //$NON-NLS-1$
		ResultFormatter formatter = formatter(args.option("format", "json"), title(args.positional())); //$NON-NLS-1$ //$NON-NLS-2$
		String output = args.option("o", args.option("output")); //$NON-NLS-1$ //$NON-NLS-2$
		OutputFile.check(output);
		CompareTexts texts = args.option("project") == null //$NON-NLS-1$
				? CompareTexts.ofFiles(Path.of(args.positional().get(0)), Path.of(args.positional().get(1)))
				: CompareTexts.ofProject(Path.of(args.option("project")), args.positional().get(0), //$NON-NLS-1$
						args.positional().get(1), io);
		SideBuilder sides = new SideBuilder(texts.normalizer());
		CompareSide a = sides.build(texts.a(), ignore, granularity);
		CompareSide b = sides.build(texts.b(), ignore, granularity);
		CompareResult result = Comparer.compare(a, b, CompareOptions.defaults().withGranularity(granularity),
				new ConsoleMonitor(io));
		write(formatter, result, output, io);
		return 0;
	}

	private static void write(ResultFormatter formatter, CompareResult result, String output, Io io)
			throws IOException {
		if (output == null || "-".equals(output)) { //$NON-NLS-1$
			// not closed: that would close stdout; flushed into io.out's own buffer
			Writer w = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), BUFFER);
			formatter.write(result, w);
			w.write('\n');
			w.flush();
			return;
		}
		try (Writer w = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(Path.of(output)), StandardCharsets.UTF_8), BUFFER)) {
			formatter.write(result, w);
			w.write('\n');
		} catch (java.nio.file.FileSystemException e) {
			throw OutputFile.problem(Path.of(output), e);
		}
	}

	static Granularity granularity(String value) throws UsageException {
		return switch (value.toLowerCase(Locale.ROOT)) {
		case "sentence" -> Granularity.SENTENCE; //$NON-NLS-1$
		case "word" -> Granularity.WORD; //$NON-NLS-1$
		case "char", "character" -> Granularity.CHAR; //$NON-NLS-1$ //$NON-NLS-2$
		default -> throw new UsageException(NLS.bind(Messages.Compare_badGranularity, value));
		};
	}

	static Set<NormalizeOption> ignore(String value) throws UsageException {
		Set<NormalizeOption> set = EnumSet.noneOf(NormalizeOption.class);
		if (value == null || value.isBlank()) {
			return set;
		}
		for (String name : value.split(",")) { //$NON-NLS-1$
			if (name.isBlank()) {
				continue;
			}
			try {
				set.add(NormalizeOption.parse(name));
			} catch (IllegalArgumentException e) {
				throw new UsageException(NLS.bind(Messages.Compare_badIgnore, name.trim()));
			}
		}
		return set;
	}

	private static String title(List<String> names) {
		return names.get(0) + " \u2194 " + names.get(1); //$NON-NLS-1$
	}

	static ResultFormatter formatter(String value, String title) throws UsageException {
		return switch (value.toLowerCase(Locale.ROOT)) {
		case "json" -> new JsonFormatter(true); //$NON-NLS-1$
		case "html" -> new HtmlFormatter(title); //$NON-NLS-1$
		case "text" -> new TextFormatter(); //$NON-NLS-1$
		default -> throw new UsageException(NLS.bind(Messages.Compare_badFormat, value));
		};
	}
}
