package org.duizhao.annotations.core.internal.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gives sqlite-jdbc its own folder to unpack its native library into. The default, the shared
 * temporary folder, breaks when another user's copy of the same file name is there already; a
 * folder per user avoids that. Set once, before the first connection, unless the launcher set it.
 */
final class SqliteNative {

	static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir"; //$NON-NLS-1$

	private SqliteNative() {
	}

	static synchronized void prepare() {
		if (System.getProperty(TMPDIR_PROPERTY) != null) {
			return;
		}
		String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Path dir = Path.of(System.getProperty("java.io.tmpdir"), "duizhao-sqlite-" + user); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.createDirectories(dir);
			System.setProperty(TMPDIR_PROPERTY, dir.toString());
		} catch (IOException e) {
			// leave sqlite-jdbc's default; opening reports any real failure
		}
	}
}
