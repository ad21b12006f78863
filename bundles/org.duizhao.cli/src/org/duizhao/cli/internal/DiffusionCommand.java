package org.duizhao.cli.internal;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.corpus.DiffusionGrouping;
import org.duizhao.analysis.core.corpus.DiffusionReport;
import org.duizhao.analysis.core.corpus.PhraseDiffusion;
import org.duizhao.analysis.core.format.DiffusionCsv;
import org.duizhao.analysis.core.format.DiffusionJson;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectNormalization;
import org.duizhao.text.core.normalize.ScriptTarget;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao diffusion --project P PHRASE… [--by region|year|region,year] [--format json|csv] [-o FILE]}:
 * where and when phrases appear across a project, folded as comparison folds.
 */
final class DiffusionCommand implements Command {

	@Override
	public String name() {
		return "diffusion"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Diffusion_usage;
	}

	@Override
	public String description() {
		return Messages.Diffusion_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "by", "format", "o", "output"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		if (args.positional().isEmpty()) {
			throw new UsageException(Messages.Diffusion_noPhrase);
		}
		String format = format(args);
		DiffusionGrouping by;
		try {
			by = DiffusionGrouping.parse(args.option("by", "region,year")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Diffusion_badBy, args.option("by"))); //$NON-NLS-1$
		}
		String output = args.option("o", args.option("output")); //$NON-NLS-1$ //$NON-NLS-2$
		OutputFile.check(output);
		Project project = ProjectArgs.open(args);
		PhraseDiffusion diffusion = new PhraseDiffusion(
				new ProjectNormalization(project).normalizer(ScriptTarget.SIMPLIFIED), SharedFormulas.DEFAULT_IGNORE);
		DiffusionReport report = diffusion.find(project, args.positional(), new ConsoleMonitor(io));
		write(output, io, w -> {
			if (format.equals("csv")) { //$NON-NLS-1$
				DiffusionCsv.write(report, by, w);
			} else {
				DiffusionJson.write(report, by, w);
				w.write('\n');
			}
		});
		return 0;
	}

	static String format(Args args) throws UsageException {
		String format = args.option("format", "json"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!format.equals("json") && !format.equals("csv")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException(NLS.bind(Messages.Diffusion_badFormat, format));
		}
		return format;
	}

	/** What writes a result. */
	interface Body {
		void write(Writer w) throws java.io.IOException;
	}

	/** Writes to {@code output} (a file) or, for {@code null} or "-", to standard output. */
	static void write(String output, Io io, Body body) throws java.io.IOException {
		if (output == null || output.equals("-")) { //$NON-NLS-1$
			Writer w = new OutputStreamWriter(io.out(), StandardCharsets.UTF_8);
			body.write(w);
			w.flush();
			io.out().flush();
			return;
		}
		try (Writer w = Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
			body.write(w);
		} catch (java.nio.file.FileSystemException e) {
			throw OutputFile.problem(Path.of(output), e);
		}
	}
}
