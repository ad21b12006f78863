package org.duizhao.annotations.ui.internal.shared;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * The workbench's server passwords, kept in Eclipse secure storage (one encrypted entry per login
 * and server), never in a project file. The storage file lives in the researcher's own folder
 * ({@code ~/.duizhao}), not in any project, so copying or sending a project never carries a password.
 * <p>
 * Equinox encrypts each entry with the password of a provider module (the desktop keyring when one
 * is installed); without one it uses the default password given here: a random key made once per
 * user and kept in a file only its owner may read, as libpq keeps {@code ~/.pgpass}.
 */
public final class PasswordVault {

	private static final String NODE = "org.duizhao/servers"; //$NON-NLS-1$
	private static final String KEY = "password"; //$NON-NLS-1$

	private final Path folder;
	private ISecurePreferences root;

	/** @param folder where the storage file and its key live (the default: {@link #defaultFolder()}) */
	public PasswordVault(Path folder) {
		this.folder = folder;
	}

	/** @return {@code ~/.duizhao}, or the folder named by the system property {@code duizhao.secureStorage} */
	public static Path defaultFolder() {
		String given = System.getProperty("duizhao.secureStorage"); //$NON-NLS-1$
		return given != null && !given.isBlank() ? Path.of(given)
				: Path.of(System.getProperty("user.home"), ".duizhao"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the password kept for {@code address}, if any */
	public synchronized Optional<String> lookup(ServerAddress address) {
		try {
			String value = node(address).get(KEY, null);
			return Optional.ofNullable(value);
		} catch (StorageException | IOException e) {
			AnnotationsUiPlugin.log("Could not read secure storage", e); //$NON-NLS-1$
			return Optional.empty();
		}
	}

	/** Keeps {@code password} for {@code address} (encrypted) and saves the storage. */
	public synchronized void store(ServerAddress address, String password) throws IOException {
		try {
			node(address).put(KEY, password, true);
			root.flush();
		} catch (StorageException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Forgets the password of {@code address}. */
	public synchronized void forget(ServerAddress address) throws IOException {
		node(address).removeNode();
		root.flush();
	}

	/** @return the storage file */
	public Path file() {
		return folder.resolve("secure_storage"); //$NON-NLS-1$
	}

	private ISecurePreferences node(ServerAddress address) throws IOException {
		return root().node(NODE).node(EncodingUtils.encodeSlashes(address.user() + '@' + address.url()));
	}

	private ISecurePreferences root() throws IOException {
		if (root == null) {
			Files.createDirectories(folder);
			URL location = file().toUri().toURL();
			Map<String, Object> options = Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE,
					IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(key().toCharArray()));
			root = SecurePreferencesFactory.open(location, new java.util.HashMap<>(options));
			if (root == null) {
				throw new IOException("secure storage unavailable: " + location); //$NON-NLS-1$
			}
		}
		return root;
	}

	/** @return this user's storage key, made on first use in a file only the user may read */
	private String key() throws IOException {
		Path file = folder.resolve("secure_storage.key"); //$NON-NLS-1$
		if (!Files.exists(file)) {
			byte[] bytes = new byte[32];
			new SecureRandom().nextBytes(bytes);
			Path tmp = Files.createTempFile(folder, "key", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
			restrict(tmp);
			Files.writeString(tmp, HexFormat.of().formatHex(bytes), StandardCharsets.US_ASCII);
			Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		return Files.readString(file, StandardCharsets.US_ASCII).strip();
	}

	private static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
		} catch (UnsupportedOperationException e) {
			// Windows: the file is in the user's profile, private by default
		}
	}
}
