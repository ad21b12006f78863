package org.duizhao.text.core.decode;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared seed corpus: system property {@code duizhao.seeds.dir}, else
 * {@code ../shared/seeds} beside the repository root (the folder holding {@code bundles/}). Tests
 * that need it are skipped when it is absent.
 */
public final class Seeds {

	private Seeds() {
	}

	/** @return the seed folder; skips the calling test if there is none */
	public static Path dir() {
		Path dir = locate();
		assumeTrue(dir != null && Files.isDirectory(dir), "seed corpus not found"); //$NON-NLS-1$
		return dir;
	}

	/** @return the seed file whose name starts with {@code prefix} (e.g. "003"); skips if absent */
	public static Path file(String prefix) {
		try (Stream<Path> files = Files.list(dir())) {
			Path found = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
			assumeTrue(found != null, "seed " + prefix + " not found"); //$NON-NLS-1$ //$NON-NLS-2$
			return found;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return all seed text files, sorted by name */
	public static List<Path> textFiles() {
		try (Stream<Path> files = Files.list(dir())) {
			return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList(); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path locate() {
		String property = System.getProperty("duizhao.seeds.dir"); //$NON-NLS-1$
		if (property != null && !property.isBlank()) {
			return Paths.get(property);
		}
		for (Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) { //$NON-NLS-1$
			if (Files.isDirectory(p.resolve("bundles"))) { //$NON-NLS-1$
				Path seeds = p.resolveSibling("shared").resolve("seeds"); //$NON-NLS-1$ //$NON-NLS-2$
				return Files.isDirectory(seeds) ? seeds : null;
			}
		}
		return null;
	}
}
