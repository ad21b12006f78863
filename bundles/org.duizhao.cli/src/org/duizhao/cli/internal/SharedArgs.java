package org.duizhao.cli.internal;

import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.shared.Passwords;
import org.eclipse.osgi.util.NLS;

/**
 * The server options shared projects' commands take ({@code --url}, {@code --user}) and the
 * password, which the command line only ever reads from {@code DUIZHAO_PGPASSWORD} or
 * {@code ~/.pgpass}, never from an option (options show in the process list and shell history).
 */
final class SharedArgs {

	private SharedArgs() {
	}

	/** @return the server named by {@code --url} and {@code --user} */
	static ServerAddress address(Args args) throws UsageException {
		String url = args.option("url"); //$NON-NLS-1$
		String user = args.option("user"); //$NON-NLS-1$
		if (url == null || user == null) {
			throw new UsageException(Messages.Shared_needsUrlAndUser);
		}
		try {
			return ServerAddress.parse(url, user);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/** @return the server a shared project points at */
	static ServerAddress address(Path project) throws Exception {
		return AnnotationStores.server(project)
				.orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Shared_notShared, project)));
	}

	/** @return the password for {@code address} */
	static String password(ServerAddress address) {
		return Passwords.lookup(address)
				.orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Shared_noPassword, address)));
	}
}
