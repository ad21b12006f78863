package org.duizhao.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** A command test that writes its input files, UTF-8, into a temporary folder per test. */
abstract class WithTempFiles {

	@TempDir
	Path dir;

	/** @return the file {@code name} in the test's folder, holding {@code text} */
	Path write(String name, String text) throws IOException {
		Path p = dir.resolve(name);
		Files.writeString(p, text, StandardCharsets.UTF_8);
		return p;
	}
}
