package org.duizhao.cli.internal;

import java.util.List;
import java.util.Set;

import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.corpus.ProjectReuse;
import org.duizhao.analysis.core.corpus.ReuseReport;
import org.duizhao.analysis.core.format.ReuseCsv;
import org.duizhao.analysis.core.format.ReuseJson;
import org.duizhao.analysis.core.reuse.ReuseParameters;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectNormalization;
import org.duizhao.text.core.normalize.ScriptTarget;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao reuse --project P [--threshold X] [--containment X|off] [--format json|csv] [-o FILE]}:
 * every pair of the project's documents whose resemblance reaches the threshold, or the smaller of
 * which is contained in the other at least as much as the containment, with the volume of the
 * passages they share (MinHash/LSH and sample-index candidates, then alignment).
 */
final class ReuseCommand implements Command {

	@Override
	public String name() {
		return "reuse"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Reuse_usage;
	}

	@Override
	public String description() {
		return Messages.Reuse_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "threshold", "containment", "format", "o", "output"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				Set.of());
		if (!args.positional().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Reuse_unexpected, args.positional().get(0)));
		}
		String format = DiffusionCommand.format(args);
		double threshold = threshold(args.option("threshold", Double.toString(ReuseParameters.DEFAULT_THRESHOLD))); //$NON-NLS-1$
		double containment = containment(args.option("containment", Double.toString(ReuseParameters.DEFAULT_CONTAINMENT))); //$NON-NLS-1$
		String output = args.option("o", args.option("output")); //$NON-NLS-1$ //$NON-NLS-2$
		OutputFile.check(output);
		Project project = ProjectArgs.open(args);
		ProjectReuse reuse = new ProjectReuse(new ProjectNormalization(project).normalizer(ScriptTarget.SIMPLIFIED),
				SharedFormulas.DEFAULT_IGNORE);
		ReuseReport report = reuse.run(project, ReuseParameters.withThreshold(threshold).withContainment(containment),
				new ConsoleMonitor(io));
		DiffusionCommand.write(output, io, w -> {
			if (format.equals("csv")) { //$NON-NLS-1$
				ReuseCsv.write(report, w);
			} else {
				ReuseJson.write(report, w);
				w.write('\n');
			}
		});
		return 0;
	}

	private static double threshold(String value) throws UsageException {
		try {
			double t = Double.parseDouble(value.trim());
			if (t > 0 && t <= 1) {
				return t;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.Reuse_badThreshold, value));
	}

	/** @return the containment threshold: {@code off} or {@code 0} is 0 (off), else a number in (0, 1] */
	private static double containment(String value) throws UsageException {
		if (value.trim().equalsIgnoreCase("off")) { //$NON-NLS-1$
			return 0;
		}
		try {
			double c = Double.parseDouble(value.trim());
			if (c >= 0 && c <= 1) {
				return c;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.Reuse_badContainment, value));
	}
}
