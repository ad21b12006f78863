package org.duizhao.annotations.core;

import java.net.URI;
import java.net.URISyntaxException;

import org.duizhao.annotations.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Where a shared project lives: a PostgreSQL server, one database per project, and the member's
 * login. Written as {@code postgresql://HOST[:PORT]/DB} like libpq's connection URIs. Never holds a
 * password: passwords come from secure storage, {@code DUIZHAO_PGPASSWORD} or {@code ~/.pgpass}.
 *
 * @param host the server's host name or address
 * @param port its TCP port (5432 by default)
 * @param database the project's database
 * @param user the member's login role
 */
public record ServerAddress(String host, int port, String database, String user) {

	/** The PostgreSQL default port. */
	public static final int DEFAULT_PORT = 5432;

	/**
	 * @param url {@code postgresql://HOST[:PORT]/DB} (also {@code postgres://} and {@code jdbc:postgresql://})
	 * @param user the login role
	 * @throws IllegalArgumentException with a message for the user when the URL is not of that form
	 */
	public static ServerAddress parse(String url, String user) {
		String text = url == null ? "" : url.strip(); //$NON-NLS-1$
		if (text.startsWith("jdbc:")) { //$NON-NLS-1$
			text = text.substring(5);
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (!("postgresql".equals(scheme) || "postgres".equals(scheme)) || uri.getHost() == null //$NON-NLS-1$ //$NON-NLS-2$
					|| path.isEmpty() || path.contains("/") || user == null || user.isBlank()) { //$NON-NLS-1$
				throw new IllegalArgumentException(NLS.bind(Messages.errorServerUrl, url));
			}
			return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path, user.strip());
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.errorServerUrl, url), e);
		}
	}

	/** @return {@code postgresql://HOST:PORT/DB}, without the user */
	public String url() {
		return "postgresql://" + host + ':' + port + '/' + database; //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return user + " @ " + url(); //$NON-NLS-1$
	}
}
