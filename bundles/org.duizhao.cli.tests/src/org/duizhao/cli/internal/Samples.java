package org.duizhao.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the sample corpus: system property {@code duizhao.samples.dir}, else samples/corpus above the working directory. */
final class Samples {

	private Samples() {
	}

	static Path dir() {
		String property = System.getProperty("duizhao.samples.dir");
		if (property != null && Files.isDirectory(Path.of(property))) {
			return Path.of(property);
		}
		for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
			Path candidate = p.resolve("samples/corpus");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("samples/corpus not found; set -Dduizhao.samples.dir");
	}
}
