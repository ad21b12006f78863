package org.duizhao.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.shared.SharedProjects;
import org.eclipse.osgi.util.NLS;

/** {@code duizhao open-shared --url … --user U --project DIR}: a teammate's working copy of a shared project. */
final class OpenSharedCommand implements Command {

	@Override
	public String name() {
		return "open-shared"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.OpenShared_usage;
	}

	@Override
	public String description() {
		return Messages.OpenShared_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "url", "user"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String dir = args.option("project"); //$NON-NLS-1$
		if (dir == null) {
			throw new UsageException(Messages.Project_required);
		}
		ServerAddress address = SharedArgs.address(args);
		int fetched = SharedProjects.openShared(address, SharedArgs.password(address), Path.of(dir), null);
		io.out().println(NLS.bind(Messages.OpenShared_done, fetched, dir));
		return 0;
	}
}
