package org.duizhao.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.duizhao.analysis.core.Keyword;
import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.RelatedReport;
import org.duizhao.analysis.core.RelatedTexts;
import org.duizhao.analysis.core.SharedFormula;
import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.Span;
import org.duizhao.analysis.core.format.RelatedJson;
import org.duizhao.corpus.core.Document;
import org.duizhao.report.core.internal.RelatedHtml;
import org.duizhao.corpus.core.Project;
import org.duizhao.text.core.TerminalText;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao related A B [--project P] [--ignore …] [--min-length 4] [--format json|html|text] [-o FILE]}:
 * what two related texts share (formulas, parallel passages) and what sets them apart (distinctive
 * words). With {@code --project}, A and B are documents and formulas are ranked by how many of the
 * project's documents hold them. HTML is one self-contained page (see {@link RelatedHtml}).
 */
final class RelatedCommand implements Command {

	@Override
	public String name() {
		return "related"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Related_usage;
	}

	@Override
	public String description() {
		return Messages.Related_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "ignore", "min-length", "format", "o", "output"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		if (args.positional().size() != 2) {
			throw new UsageException(Messages.Compare_twoNames);
		}
		String format = args.option("format", "json"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!List.of("json", "text", "html").contains(format)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw new UsageException(NLS.bind(Messages.Related_badFormat, format));
		}
		Set<NormalizeOption> ignore = args.option("ignore") == null ? SharedFormulas.DEFAULT_IGNORE //$NON-NLS-1$
				: CompareCommand.ignore(args.option("ignore")); //$NON-NLS-1$
		int minLength = minLength(args.option("min-length", "4")); //$NON-NLS-1$ //$NON-NLS-2$
		String project = args.option("project"); //$NON-NLS-1$
		CompareTexts texts = project == null
				? CompareTexts.ofFiles(Path.of(args.positional().get(0)), Path.of(args.positional().get(1)))
				: CompareTexts.ofProject(Path.of(project), args.positional().get(0), args.positional().get(1), io);
		ToIntFunction<String> df = project == null ? null : documentFrequency(Path.of(project), texts, ignore);
		RelatedReport report = new RelatedTexts(texts.normalizer()).analyse(texts.a(), texts.b(),
				RelatedTexts.Options.defaults().withIgnore(ignore).withMinFormulaLength(minLength), df,
				new ConsoleMonitor(io));
		String output = args.option("o", args.option("output")); //$NON-NLS-1$ //$NON-NLS-2$
		if (output == null || output.equals("-")) { //$NON-NLS-1$
			Writer w = new OutputStreamWriter(io.out(), StandardCharsets.UTF_8);
			write(report, texts, args.positional(), format, w);
			w.flush();
			io.out().flush();
		} else {
			try (Writer w = Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
				write(report, texts, args.positional(), format, w);
			}
		}
		return 0;
	}

	private static int minLength(String value) throws UsageException {
		try {
			int n = Integer.parseInt(value.trim());
			if (n >= 2) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.Related_badMinLength, value));
	}

	/** Counts, per formula, the project's documents whose searchable text holds it. */
	private static ToIntFunction<String> documentFrequency(Path folder, CompareTexts texts, Set<NormalizeOption> ignore)
			throws IOException {
		Project project = Project.open(folder);
		SharedFormulas formulas = new SharedFormulas(texts.normalizer());
		List<String> searchable = new ArrayList<>();
		for (Document d : project.documents()) {
			searchable.add(formulas.searchable(project.readText(d, d.current()), ignore));
		}
		return phrase -> (int) searchable.stream().filter(t -> t.contains(phrase)).count();
	}

	private static void write(RelatedReport report, CompareTexts texts, List<String> names, String format, Writer w)
			throws IOException {
		if (format.equals("json")) { //$NON-NLS-1$
			RelatedJson.write(report, w);
			w.write('\n');
			return;
		}
		if (format.equals("html")) { //$NON-NLS-1$
			RelatedHtml.write(report, texts.a(), texts.b(), names.get(0), names.get(1), w);
			return;
		}
		w.write(NLS.bind(Messages.Related_phrases, report.formulas().size()) + '\n');
		for (int i = 0; i < report.formulas().size(); i++) {
			SharedFormula f = report.formulas().get(i);
			w.write(NLS.bind(Messages.Related_phraseLine, new Object[] { TerminalText.escape(f.text()), f.inA().size(),
					f.inB().size(), report.documents().get(i) }) + '\n');
		}
		w.write(NLS.bind(Messages.Related_passages, report.passages().size()) + '\n');
		for (ParallelPassage p : report.passages()) {
			w.write(NLS.bind(Messages.Related_passageLine, new Object[] { p.score(), p.a().start(), p.a().end(),
					p.b().start(), p.b().end() }) + '\n');
			w.write("  A: " + TerminalText.escape(excerpt(texts.a(), p.a())) + '\n'); //$NON-NLS-1$
			w.write("  B: " + TerminalText.escape(excerpt(texts.b(), p.b())) + '\n'); //$NON-NLS-1$
		}
		for (List<Keyword> side : List.of(report.distinctiveA(), report.distinctiveB())) {
			w.write((side == report.distinctiveA() ? Messages.Related_distinctiveA : Messages.Related_distinctiveB) + '\n');
			for (Keyword k : side) {
				w.write(NLS.bind(Messages.Related_keywordLine, new Object[] { TerminalText.escape(k.word()), k.countA(), k.countB(),
						String.format(java.util.Locale.ROOT, "%.1f", k.g2()) }) + '\n'); //$NON-NLS-1$
			}
		}
	}

	private static String excerpt(String text, Span s) {
		int start = text.offsetByCodePoints(0, s.start());
		int end = text.offsetByCodePoints(0, s.end());
		String passage = text.substring(start, end).replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return passage.codePointCount(0, passage.length()) <= 80 ? passage
				: passage.substring(0, passage.offsetByCodePoints(0, 80)) + "…"; //$NON-NLS-1$
	}
}
