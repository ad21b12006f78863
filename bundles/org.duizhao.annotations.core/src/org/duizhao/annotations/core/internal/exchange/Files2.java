package org.duizhao.annotations.core.internal.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** File helpers the exchange code shares. */
public final class Files2 {

	private Files2() {
	}

	/** Deletes a folder tree if it exists (a temporary folder of an import). */
	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		List<Path> all;
		try (Stream<Path> s = Files.walk(root)) {
			all = s.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path p : all) {
			Files.deleteIfExists(p);
		}
	}
}
