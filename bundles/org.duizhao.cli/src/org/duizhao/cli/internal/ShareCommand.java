package org.duizhao.cli.internal;

import java.util.List;
import java.util.Set;

import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.shared.SharedProjects;
import org.duizhao.corpus.core.Project;
import org.eclipse.osgi.util.NLS;

/** {@code duizhao share --project P --url postgresql://HOST:PORT/DB --user U}: uploads P; P then points at the server. */
final class ShareCommand implements Command {

	@Override
	public String name() {
		return "share"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Share_usage;
	}

	@Override
	public String description() {
		return Messages.Share_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "url", "user"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Project project = ProjectArgs.open(args);
		ServerAddress address = SharedArgs.address(args);
		SharedProjects.ShareResult r = SharedProjects.share(project.folder(), address, SharedArgs.password(address),
				null);
		io.out().println(NLS.bind(Messages.Share_done, new Object[] { r.files(), r.annotations(), address }));
		return 0;
	}
}
