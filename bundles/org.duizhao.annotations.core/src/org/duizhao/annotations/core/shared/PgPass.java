package org.duizhao.annotations.core.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.duizhao.annotations.core.ServerAddress;

/**
 * Reads a password file the way libpq does: lines {@code hostname:port:database:username:password},
 * {@code *} matching anything in the first four fields, {@code \:} and {@code \\} escapes, lines
 * starting with {@code #} ignored, the first matching line wins. As libpq, a file that its group or
 * others may read is ignored, so that a password is not taken from a file anyone can see.
 */
public final class PgPass {

	private PgPass() {
	}

	/** @return {@code PGPASSFILE} if set, else {@code ~/.pgpass} */
	public static Path defaultFile() {
		String env = System.getenv("PGPASSFILE"); //$NON-NLS-1$
		return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".pgpass"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @return the password for {@code address} from {@code file}, if the file exists, is private to
	 *         its owner and has a matching line
	 */
	public static Optional<String> find(Path file, ServerAddress address) {
		if (!Files.isRegularFile(file) || !isPrivate(file)) {
			return Optional.empty();
		}
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				Optional<String> hit = match(line, address);
				if (hit.isPresent()) {
					return hit;
				}
			}
		} catch (IOException e) {
			// an unreadable file gives no password, as in libpq
		}
		return Optional.empty();
	}

	static Optional<String> match(String line, ServerAddress address) {
		if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
			return Optional.empty();
		}
		List<String> fields = split(line);
		if (fields.size() < 5) {
			return Optional.empty();
		}
		String[] wanted = { address.host(), Integer.toString(address.port()), address.database(), address.user() };
		for (int i = 0; i < 4; i++) {
			if (!fields.get(i).equals("*") && !fields.get(i).equals(wanted[i]) //$NON-NLS-1$
					&& !(i == 0 && isLocal(fields.get(i)) && isLocal(wanted[i]))) {
				return Optional.empty();
			}
		}
		return Optional.of(String.join(":", fields.subList(4, fields.size()))); //$NON-NLS-1$
	}

	/** libpq matches {@code localhost} for connections to the local machine. */
	private static boolean isLocal(String host) {
		return "localhost".equals(host); //$NON-NLS-1$
	}

	private static List<String> split(String line) {
		List<String> out = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (ch == '\\' && i + 1 < line.length()) {
				field.append(line.charAt(++i));
			} else if (ch == ':' && out.size() < 4) {
				out.add(field.toString());
				field.setLength(0);
			} else {
				field.append(ch);
			}
		}
		out.add(field.toString());
		return out;
	}

	private static boolean isPrivate(Path file) {
		try {
			Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
			return p.stream().noneMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (UnsupportedOperationException | IOException e) {
			return true; // not a POSIX file system (Windows): libpq does not check there either
		}
	}
}
