package org.duizhao.cli.internal;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The commands the CLI knows, in the order {@code --help} lists them. */
final class Commands {

	private Commands() {
	}

	static List<Command> all() {
		return List.of(//
				new ImportCommand(), //
				new InfoCommand(), //
				new CompareCommand(), //
				new RelatedCommand(), //
				new KeywordsCommand(), //
				new DiffusionCommand(), //
				new ReuseCommand(), //
				new SearchCommand(), //
				new NormalizeCommand(), //
				new AnnotateCommand(), //
				new CodesCommand(), //
				new ReportCommand(), //
				new VersionCommand(), //
				new AgreementCommand(), //
				new AnnotationsCommand(StoreAccess::open), //
				new CheckCommand(), //
				new ShareCommand(), //
				new OpenSharedCommand(), //
				new MembersCommand(), //
				new SyncCommand());
	}

	static String version() {
		Bundle bundle = FrameworkUtil.getBundle(Commands.class);
		return bundle == null ? "dev" : bundle.getVersion().toString(); //$NON-NLS-1$
	}
}
