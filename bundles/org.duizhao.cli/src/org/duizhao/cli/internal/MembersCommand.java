package org.duizhao.cli.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.duizhao.annotations.core.Member;
import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.corpus.core.Project;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao members --project P add|remove|list [NAME] [--role owner|coder|viewer]}. A new
 * member's login gets the password in {@code DUIZHAO_NEW_MEMBER_PASSWORD}, or a random one printed
 * once for the owner to pass on; it is never stored.
 */
final class MembersCommand implements Command {

	static final String NEW_PASSWORD_ENV = "DUIZHAO_NEW_MEMBER_PASSWORD"; //$NON-NLS-1$

	@Override
	public String name() {
		return "members"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Members_usage;
	}

	@Override
	public String description() {
		return Messages.Members_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "role"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		Project project = ProjectArgs.open(args);
		List<String> words = args.positional();
		String action = words.isEmpty() ? "" : words.get(0); //$NON-NLS-1$
		boolean named = action.equals("add") || action.equals("remove"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!(named && words.size() == 2 || action.equals("list") && words.size() == 1)) { //$NON-NLS-1$
			throw new UsageException(Messages.Members_badAction);
		}
		ServerAddress address = SharedArgs.address(project.folder());
		try (PostgresAnnotationStore store = PostgresAnnotationStore.open(address, SharedArgs.password(address))) {
			switch (action) {
			case "add" -> add(store, words.get(1), role(args), io); //$NON-NLS-1$
			case "remove" -> { //$NON-NLS-1$
				store.removeMember(words.get(1));
				io.out().println(NLS.bind(Messages.Members_removed, words.get(1)));
			}
			default -> {
				for (Member m : store.members()) {
					io.out().println(m.login() + '\t' + m.role().key());
				}
			}
			}
		}
		return 0;
	}

	private static ProjectRole role(Args args) throws UsageException {
		String role = args.option("role", "coder"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			return ProjectRole.of(role);
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(Messages.Members_badRole, role));
		}
	}

	private static void add(PostgresAnnotationStore store, String login, ProjectRole role, Io io) throws Exception {
		String given = System.getenv(NEW_PASSWORD_ENV);
		String password = given == null || given.isEmpty() ? random() : given;
		boolean isNew = store.members().stream().noneMatch(m -> m.login().equals(login));
		store.addMember(login, role, password);
		io.out().println(NLS.bind(Messages.Members_added, login, role.key()));
		if (isNew && (given == null || given.isEmpty())) {
			io.out().println(NLS.bind(Messages.Members_newPassword, login, password));
		}
	}

	private static String random() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}
}
