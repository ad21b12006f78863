package org.duizhao.corpus.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something in a project folder that could not be read, reported instead of stopping the project
 * from opening (for example a malformed {@code document.json}).
 *
 * @param path the file or folder concerned, not {@code null}
 * @param message a user-readable explanation, not {@code null}
 */
public record ProjectProblem(Path path, String message) {

	/** Checks the arguments. */
	public ProjectProblem {
		Objects.requireNonNull(path, "path"); //$NON-NLS-1$
		Objects.requireNonNull(message, "message"); //$NON-NLS-1$
	}
}
