package org.duizhao.text.core.normalize;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the shared seed texts: the system property {@code duizhao.seeds.dir}, else
 * {@code ../shared/seeds} beside the repository root (the folder holding {@code bundles/}, found
 * by walking up from {@code user.dir}). Tests that need a seed are skipped when it is absent.
 */
public final class Seeds {

	private Seeds() {
	}

	/** @return the seeds folder, or {@code null} when there is none */
	public static Path folder() {
		String property = System.getProperty("duizhao.seeds.dir"); //$NON-NLS-1$
		if (property != null && Files.isDirectory(Paths.get(property))) {
			return Paths.get(property);
		}
		for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) { //$NON-NLS-1$
			if (Files.isDirectory(dir.resolve("bundles"))) { //$NON-NLS-1$
				Path seeds = dir.resolve("../shared/seeds").normalize(); //$NON-NLS-1$
				return Files.isDirectory(seeds) ? seeds : null;
			}
		}
		return null;
	}

	/**
	 * @param prefix the number at the start of the seed's file name, e.g. {@code "003"}
	 * @return the seed's text; skips the calling test when the seed is missing
	 */
	public static String read(String prefix) {
		Path folder = folder();
		assumeTrue(folder != null, "seed folder not found"); //$NON-NLS-1$
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "_*.txt")) { //$NON-NLS-1$
			for (Path file : files) {
				return Files.readString(file, StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		assumeTrue(false, "seed " + prefix + " not found"); //$NON-NLS-1$ //$NON-NLS-2$
		return null;
	}
}
