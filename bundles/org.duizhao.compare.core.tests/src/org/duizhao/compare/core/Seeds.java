package org.duizhao.compare.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared seed texts: system property {@code duizhao.seeds.dir}, else
 * {@code ../shared/seeds} next to the repository root (the folder holding {@code bundles/}, found by
 * walking up from {@code user.dir}).
 */
public final class Seeds {

	private Seeds() {
	}

	/** @return the seed folder, or {@code null} when there is none */
	public static Path dir() {
		String property = System.getProperty("duizhao.seeds.dir");
		if (property != null && Files.isDirectory(Path.of(property))) {
			return Path.of(property);
		}
		for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
			if (Files.isDirectory(p.resolve("bundles"))) {
				Path seeds = p.resolve("../shared/seeds").normalize();
				return Files.isDirectory(seeds) ? seeds : null;
			}
		}
		return null;
	}

	/** @return the seed folder; skips the calling test when there is none */
	public static Path require() {
		Path dir = dir();
		assumeTrue(dir != null, "seed texts not found; set -Dduizhao.seeds.dir");
		return dir;
	}

	/** @return the texts of the {@code .txt} seeds in name order */
	public static List<String> texts(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			List<String> out = new ArrayList<>();
			for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				out.add(Files.readString(f, StandardCharsets.UTF_8));
			}
			return out;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
