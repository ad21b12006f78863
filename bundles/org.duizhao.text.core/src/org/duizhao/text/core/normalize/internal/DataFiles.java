package org.duizhao.text.core.normalize.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/** Reads the generated tab-separated data files shipped under {@code normalize/data/}. */
public final class DataFiles {

	/** Class-path folder of the generated tables. */
	public static final String FOLDER = "/org/duizhao/text/core/normalize/data/"; //$NON-NLS-1$

	private DataFiles() {
	}

	/**
	 * @param name file name inside {@link #FOLDER}
	 * @return the whole file, for tables too large to go through {@link #rows(String)} quickly
	 * @throws IllegalStateException if the file is not on the class path (a packaging error)
	 */
	public static String text(String name) {
		try (InputStream in = DataFiles.class.getResourceAsStream(FOLDER + name)) {
			if (in == null) {
				throw new IllegalStateException(NLS.bind(NormalizeMessages.Data_missing, name));
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * @param name file name inside {@link #FOLDER}
	 * @return the rows of the file, split at tabs; comment and blank lines left out
	 * @throws IllegalStateException if the file is not on the class path (a packaging error)
	 */
	public static List<String[]> rows(String name) {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = DataFiles.class.getResourceAsStream(FOLDER + name)) {
			if (in == null) {
				throw new IllegalStateException(NLS.bind(NormalizeMessages.Data_missing, name));
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isEmpty() && line.charAt(0) != '#') {
					rows.add(line.split("\t")); //$NON-NLS-1$
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}
}
