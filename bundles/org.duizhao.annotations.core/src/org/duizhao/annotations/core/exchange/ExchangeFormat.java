package org.duizhao.annotations.core.exchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The open formats annotations move in and out of a project by.
 * <ul>
 * <li>{@link #W3C}: a W3C Web Annotation {@code AnnotationCollection} in JSON-LD (import and export);</li>
 * <li>{@link #QDPX}: a REFI-QDA project exchange file, the zip of {@code project.qde} and
 * {@code sources/} that MAXQDA, ATLAS.ti, NVivo and QualCoder read (import and export);</li>
 * <li>{@link #CSV}: the coded segments as a table for spreadsheets (export only).</li>
 * </ul>
 */
public enum ExchangeFormat {
	/** W3C Web Annotation JSON-LD. */
	W3C("jsonld"), //$NON-NLS-1$
	/** REFI-QDA project exchange. */
	QDPX("qdpx"), //$NON-NLS-1$
	/** Coded segments as CSV. */
	CSV("csv"); //$NON-NLS-1$

	private final String extension;

	ExchangeFormat(String extension) {
		this.extension = extension;
	}

	/** @return the usual file extension, without dot */
	public String extension() {
		return extension;
	}

	/** @return whether files of this format can be imported */
	public boolean canImport() {
		return this != CSV;
	}

	/**
	 * @param name {@code w3c}, {@code qdpx} or {@code csv} (any case)
	 * @return the format, if the name is one
	 */
	public static Optional<ExchangeFormat> named(String name) {
		for (ExchangeFormat f : values()) {
			if (f.name().equalsIgnoreCase(name)) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

	/**
	 * @return the importable format of a file by its extension: {@code .qdpx} is REFI-QDA,
	 *         {@code .json} and {@code .jsonld} are W3C
	 */
	public static Optional<ExchangeFormat> ofImportFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".qdpx")) { //$NON-NLS-1$
			return Optional.of(QDPX);
		}
		if (name.endsWith(".json") || name.endsWith(".jsonld")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Optional.of(W3C);
		}
		return Optional.empty();
	}
}
