package org.duizhao.text.core.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.duizhao.text.core.normalize.internal.NormalizeMessages;
import org.eclipse.osgi.util.NLS;

/**
 * An ordered list of {@link BoilerplateRule}s, read from a plain UTF-8 file a user can see and
 * edit. One rule per line: {@code name = regex} or {@code name[maxLength] = regex}; {@code #}
 * at the start of a line makes it a comment. Patterns are Java regular expressions, searched in
 * each line after width folding, pinyin gloss removal and folding to simplified characters, so
 * a rule written in simplified characters with ASCII punctuation also catches traditional and
 * full-width lines. Instances are immutable.
 */
public final class BoilerplateRules {

	/** Class-path location of the default rules. */
	public static final String DEFAULT_RESOURCE = "/org/duizhao/text/core/normalize/boilerplate-rules.txt"; //$NON-NLS-1$
	/** Line length limit of a rule that names none. */
	public static final int DEFAULT_MAX_LINE_LENGTH = 200;

	private static final Pattern LINE = Pattern.compile("([\\p{L}\\p{N}_.-]+)\\s*(?:\\[(\\d+)\\])?\\s*=\\s*(.+)"); //$NON-NLS-1$
	private static final BoilerplateRules NONE = new BoilerplateRules(List.of());

	private final List<BoilerplateRule> rules;

	private BoilerplateRules(List<BoilerplateRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** @return no rules at all */
	public static BoilerplateRules none() {
		return NONE;
	}

	/** @return the rules shipped with the bundle */
	public static BoilerplateRules defaults() {
		try (InputStream in = BoilerplateRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(NLS.bind(NormalizeMessages.Data_missing, DEFAULT_RESOURCE));
			}
			return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return the rules of a UTF-8 file; @throws IllegalArgumentException naming a bad line */
	public static BoilerplateRules load(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(reader);
		}
	}

	/**
	 * @param reader the rules text, not closed
	 * @return the rules, never {@code null}
	 * @throws IllegalArgumentException with a user-readable message naming the bad line
	 */
	public static BoilerplateRules parse(Reader reader) throws IOException {
		List<BoilerplateRule> rules = new ArrayList<>();
		BufferedReader lines = new BufferedReader(reader);
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			String content = line.strip();
			if (!content.isEmpty() && !content.startsWith("#")) { //$NON-NLS-1$
				rules.add(rule(number, content));
			}
		}
		return new BoilerplateRules(rules);
	}

	private static BoilerplateRule rule(int number, String content) {
		Matcher m = LINE.matcher(content);
		if (!m.matches()) {
			throw new IllegalArgumentException(NLS.bind(NormalizeMessages.Rules_badLine, number, content));
		}
		int max = m.group(2) == null ? DEFAULT_MAX_LINE_LENGTH : Integer.parseInt(m.group(2));
		try {
			return new BoilerplateRule(m.group(1), Pattern.compile(m.group(3).strip()), max);
		} catch (PatternSyntaxException e) {
			throw new IllegalArgumentException(NLS.bind(NormalizeMessages.Rules_badPattern, m.group(1), e.getDescription()), e);
		}
	}

	/** @return the rules in file order, unmodifiable */
	public List<BoilerplateRule> rules() {
		return rules;
	}

	/** @return the first rule that marks {@code line} as boilerplate, or {@code null} */
	public BoilerplateRule match(CharSequence line) {
		for (BoilerplateRule rule : rules) {
			if (rule.matches(line)) {
				return rule;
			}
		}
		return null;
	}
}
