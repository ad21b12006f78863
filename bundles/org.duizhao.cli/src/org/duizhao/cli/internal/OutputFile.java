package org.duizhao.cli.internal;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/**
 * Checks an output path ({@code -o FILE}) before the work starts, and turns a write failure into
 * one line that says what is wrong: the JDK's exceptions carry only the path as their message.
 */
final class OutputFile {

	private OutputFile() {
	}

	/** @param output the path given, or {@code null} / "-" for stdout */
	static void check(String output) {
		if (output == null || "-".equals(output)) { //$NON-NLS-1$
			return;
		}
		Path file = Path.of(output).toAbsolutePath();
		if (Files.isDirectory(file)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Error_cannotWrite, output, Messages.Error_isFolder));
		}
		Path parent = file.getParent();
		if (parent != null && !Files.isDirectory(parent)) {
			throw new IllegalArgumentException(
					NLS.bind(Messages.Error_cannotWrite, output, NLS.bind(Messages.Error_noFolder, parent)));
		}
	}

	/** @return a one-line failure for a write that failed */
	static IllegalArgumentException problem(Path output, FileSystemException e) {
		String why;
		if (e instanceof AccessDeniedException) {
			why = Messages.Error_denied;
		} else if (e instanceof NoSuchFileException) {
			why = NLS.bind(Messages.Error_noFolder, output.toAbsolutePath().getParent());
		} else {
			why = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
		}
		return new IllegalArgumentException(NLS.bind(Messages.Error_cannotWrite, output, why), e);
	}
}
