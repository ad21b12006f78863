package org.duizhao.cli.internal;

import java.util.List;
import java.util.Set;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.duizhao.annotations.core.shared.SharedProjects;
import org.duizhao.corpus.core.Project;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao sync --project P}: brings a working copy up to date with its server (the project's
 * files that changed), after pushing the edits waiting in its outbox, and prints the counts (edits
 * pushed, conflicts to resolve, files fetched, annotations).
 */
final class SyncCommand implements Command {

	@Override
	public String name() {
		return "sync"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Sync_usage;
	}

	@Override
	public String description() {
		return Messages.Sync_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project"), Set.of()); //$NON-NLS-1$
		Project project = ProjectArgs.open(args);
		ServerAddress address = SharedArgs.address(project.folder());
		String password = SharedArgs.password(address);
		try (AnnotationStore store = AnnotationStores.open(project.folder(), a -> java.util.Optional.of(password))) {
			int pushed = 0;
			int conflicts = 0;
			if (store instanceof OutboxStore outbox) {
				OutboxStore.PushResult result = outbox.push();
				pushed = result.pushed();
				conflicts = outbox.outbox().conflicts().size();
			}
			SharedProjects.FilesResult files = SharedProjects.syncFiles(store, project.folder(), null);
			int annotations = store.annotations(org.duizhao.annotations.core.AnnotationQuery.all()).size();
			io.out().println(NLS.bind(Messages.Sync_done,
					new Object[] { pushed, conflicts, files.fetched(), annotations, files.uploaded() }));
			if (files.kept() > 0) {
				io.out().println(NLS.bind(Messages.Sync_kept, files.kept(), project.folder().resolve(org.duizhao.annotations.core.internal.pg.FileSync.KEPT)));
			}
			if (files.notUploaded() > 0) {
				io.out().println(NLS.bind(Messages.Sync_notUploaded, files.notUploaded()));
			}
		}
		return 0;
	}
}
