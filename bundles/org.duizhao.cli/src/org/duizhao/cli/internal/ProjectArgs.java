package org.duizhao.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.corpus.core.Project;
import org.eclipse.osgi.util.NLS;

/** The {@code --project DIR} option that commands on a project's annotations share. */
final class ProjectArgs {

	private ProjectArgs() {
	}

	/**
	 * @return the project named by {@code --project}
	 * @throws UsageException when the option is missing
	 * @throws IllegalArgumentException when the folder holds no project
	 */
	static Project open(Args args) throws Exception {
		String dir = args.option("project"); //$NON-NLS-1$
		if (dir == null) {
			throw new UsageException(Messages.Project_required);
		}
		Path folder = Path.of(dir);
		if (!Files.isRegularFile(folder.resolve("project.json"))) { //$NON-NLS-1$
			throw new IllegalArgumentException(NLS.bind(Messages.Compare_noProject, folder));
		}
		return Project.open(folder);
	}
}
