package org.duizhao.text.core.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.duizhao.text.core.normalize.internal.NormalizeMessages;
import org.eclipse.osgi.util.NLS;

/**
 * A project's own look-alike table, edited by its users: a UTF-8 text file with one
 * {@code rare=common} pair per line, where {@code #} starts a comment, e.g.
 * {@code 苐=第  # grass radical for bamboo}. Both sides are single characters (code points).
 * Instances are immutable.
 */
public final class LookalikeTable {

	private static final LookalikeTable EMPTY = new LookalikeTable(Map.of());

	private final Map<Integer, String> map;

	private LookalikeTable(Map<Integer, String> map) {
		this.map = map;
	}

	/** @return the table that folds nothing */
	public static LookalikeTable empty() {
		return EMPTY;
	}

	/**
	 * @param file UTF-8 table file, never {@code null}
	 * @throws IOException if the file cannot be read
	 * @throws IllegalArgumentException naming the line, if a line is malformed
	 */
	public static LookalikeTable load(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(reader);
		}
	}

	/** @return the table in {@code text} (same format as a file), never {@code null} */
	public static LookalikeTable parse(String text) {
		try {
			return parse(new StringReader(text));
		} catch (IOException e) {
			throw new IllegalStateException(e); // a StringReader does not fail
		}
	}

	/** @return the table read from {@code reader}, which is not closed */
	public static LookalikeTable parse(Reader reader) throws IOException {
		Map<Integer, String> map = new LinkedHashMap<>();
		BufferedReader lines = new BufferedReader(reader);
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			int hash = line.indexOf('#');
			String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
			if (content.isEmpty()) {
				continue;
			}
			int eq = content.indexOf('=');
			String rare = eq > 0 ? content.substring(0, eq).strip() : ""; //$NON-NLS-1$
			String common = eq > 0 ? content.substring(eq + 1).strip() : ""; //$NON-NLS-1$
			if (!singleCodePoint(rare) || !singleCodePoint(common)) {
				throw new IllegalArgumentException(NLS.bind(NormalizeMessages.Table_badLine, number, line));
			}
			map.put(rare.codePointAt(0), common);
		}
		return new LookalikeTable(Collections.unmodifiableMap(map));
	}

	private static boolean singleCodePoint(String s) {
		return !s.isEmpty() && s.codePointCount(0, s.length()) == 1;
	}

	/** @return the common character for {@code codePoint}, or {@code null} */
	public String lookup(int codePoint) {
		return map.isEmpty() ? null : map.get(codePoint);
	}

	/** @return the pairs, rare code point to common character, in file order; unmodifiable */
	public Map<Integer, String> entries() {
		return map;
	}

	/** @return whether the table is empty */
	public boolean isEmpty() {
		return map.isEmpty();
	}
}
