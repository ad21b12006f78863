package org.duizhao.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.duizhao.corpus.core.ProjectCheck;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao check --project P [--repair]}: lists what is damaged in a project, one line each,
 * and with {@code --repair} repairs what can be (see {@link ProjectCheck}). Exit code 0 when
 * nothing is left damaged, 1 otherwise.
 */
final class CheckCommand implements Command {

	@Override
	public String name() {
		return "check"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Check_usage;
	}

	@Override
	public String description() {
		return Messages.Check_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project"), Set.of("repair")); //$NON-NLS-1$ //$NON-NLS-2$
		if (args.option("project") == null) { //$NON-NLS-1$
			throw new UsageException(Messages.Import_projectRequired);
		}
		if (!args.positional().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Check_noArguments, args.positional().get(0)));
		}
		List<ProjectCheck.Finding> findings = ProjectCheck.run(Path.of(args.option("project")), args.flag("repair"), //$NON-NLS-1$ //$NON-NLS-2$
				new ConsoleMonitor(io));
		int left = 0;
		for (ProjectCheck.Finding f : findings) {
			io.out().println(f.problem());
			if (f.repair() != null) {
				io.out().println("  \u2192 " + f.repair()); //$NON-NLS-1$
			} else {
				left++;
			}
		}
		io.out().println(findings.isEmpty() ? Messages.Check_whole
				: NLS.bind(Messages.Check_summary, findings.size(), findings.size() - left));
		if (left > 0 && !args.flag("repair")) { //$NON-NLS-1$
			io.out().println(Messages.Check_hintRepair);
		}
		return left == 0 ? 0 : 1;
	}
}
