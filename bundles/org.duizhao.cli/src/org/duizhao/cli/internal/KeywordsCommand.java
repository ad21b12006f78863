package org.duizhao.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.duizhao.analysis.core.Keyness;
import org.duizhao.analysis.core.Keyword;
import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.corpus.CorpusDocument;
import org.duizhao.analysis.core.corpus.KeynessReport;
import org.duizhao.analysis.core.corpus.KeynessTarget;
import org.duizhao.analysis.core.corpus.ProjectKeyness;
import org.duizhao.analysis.core.format.KeynessCsv;
import org.duizhao.analysis.core.format.KeynessJson;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectNormalization;
import org.duizhao.text.core.TerminalText;
import org.duizhao.text.core.normalize.ScriptTarget;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao keywords --project P (--docs ID,…|--region R|--year Y) [--min-count 3] [--limit N]
 * [--format json|csv|text] [-o FILE]}: the words over-represented in some documents of a project
 * against the rest, by log-likelihood (G²).
 */
final class KeywordsCommand implements Command {

	@Override
	public String name() {
		return "keywords"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Keywords_usage;
	}

	@Override
	public String description() {
		return Messages.Keywords_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "docs", "region", "year", "min-count", "limit", "format", "o", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"output"), Set.of()); //$NON-NLS-1$
		if (!args.positional().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Keywords_unexpected, args.positional().get(0)));
		}
		String format = args.option("format", "text"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!List.of("json", "csv", "text").contains(format)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw new UsageException(NLS.bind(Messages.Keywords_badFormat, format));
		}
		long minCount = number(args, "min-count", 3, 1); //$NON-NLS-1$
		int limit = (int) number(args, "limit", 0, 0); //$NON-NLS-1$
		String output = args.option("o", args.option("output")); //$NON-NLS-1$ //$NON-NLS-2$
		OutputFile.check(output);
		Project project = ProjectArgs.open(args);
		KeynessTarget target = target(args, project);
		if (project.documents().stream().noneMatch(d -> target.contains(CorpusDocument.of(d)))) {
			throw new IllegalArgumentException(Messages.Keywords_emptyTarget);
		}
		ProjectKeyness keyness = new ProjectKeyness(new ProjectNormalization(project).normalizer(ScriptTarget.SIMPLIFIED),
				SharedFormulas.DEFAULT_IGNORE);
		KeynessReport report = keyness.find(project, target, new ProjectKeyness.Options(minCount, Keyness.P05, limit),
				new ConsoleMonitor(io));
		DiffusionCommand.write(output, io, w -> {
			switch (format) {
			case "csv" -> KeynessCsv.write(report.keywords(), w); //$NON-NLS-1$
			case "json" -> { //$NON-NLS-1$
				KeynessJson.write(report, w);
				w.write('\n');
			}
			default -> text(report, w);
			}
		});
		return 0;
	}

	/** @return the one target named by {@code --docs}, {@code --region} or {@code --year} */
	private static KeynessTarget target(Args args, Project project) throws UsageException {
		List<String> given = new ArrayList<>();
		for (String name : List.of("docs", "region", "year")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (args.option(name) != null) {
				given.add(name);
			}
		}
		if (given.size() != 1) {
			throw new UsageException(Messages.Keywords_oneTarget);
		}
		if (args.option("region") != null) { //$NON-NLS-1$
			return KeynessTarget.region(args.option("region")); //$NON-NLS-1$
		}
		if (args.option("year") != null) { //$NON-NLS-1$
			return KeynessTarget.year(args.option("year")); //$NON-NLS-1$
		}
		List<String> ids = new ArrayList<>();
		for (String key : args.option("docs").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!key.isBlank()) {
				ids.add(CompareTexts.find(project.documents(), key.strip()).id());
			}
		}
		if (ids.isEmpty()) {
			throw new UsageException(Messages.Keywords_oneTarget);
		}
		return KeynessTarget.documents(ids);
	}

	private static long number(Args args, String name, long fallback, long least) throws UsageException {
		String value = args.option(name);
		if (value == null) {
			return fallback;
		}
		try {
			long n = Long.parseLong(value.strip());
			if (n >= least && n <= Integer.MAX_VALUE) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.Keywords_badNumber, new Object[] { name, least, value }));
	}

	private static void text(KeynessReport r, Writer w) throws IOException {
		w.write(NLS.bind(Messages.Keywords_header, new Object[] { r.targetDocuments().size(), r.targetWords(),
				r.restDocuments(), r.restWords(), r.keywords().size() }) + '\n');
		w.write(Messages.Keywords_columns + '\n');
		for (Keyword k : r.keywords()) {
			w.write(String.format(Locale.ROOT, "%s\t%d\t%d\t%.1f\t%.1f\t%.2f%n", TerminalText.escape(k.word()), //$NON-NLS-1$
					k.countA(), k.countB(), k.perMillionA(), k.perMillionB(), k.g2()));
		}
	}
}
