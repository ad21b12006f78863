package org.duizhao.annotations.core.internal.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an export file so that a failed or cancelled export never leaves a half-written file: the
 * bytes go to a temporary file beside the target, which replaces the target only when complete.
 */
public final class AtomicOutput {

	/** Writes the content to a stream. */
	@FunctionalInterface
	public interface Content {
		/** Writes everything to {@code out}. */
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicOutput() {
	}

	/** Writes {@code content} to {@code target} atomically. */
	public static void write(Path target, Content content) throws IOException {
		Path abs = target.toAbsolutePath();
		Files.createDirectories(abs.getParent());
		Path temp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
				content.writeTo(out);
			}
			Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
