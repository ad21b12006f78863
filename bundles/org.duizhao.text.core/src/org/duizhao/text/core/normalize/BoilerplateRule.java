package org.duizhao.text.core.normalize;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One boilerplate rule: a line that {@code pattern} finds something in, and that is no longer
 * than {@code maxLineLength}, is boilerplate. The length limit keeps a rule for short credit
 * lines ("来源:") from marking a whole paragraph that happens to quote one.
 *
 * @param name the rule's name, shown to users, never {@code null}
 * @param pattern searched (not matched whole) in each line, never {@code null}
 * @param maxLineLength longest line (UTF-16 units, after normalization) the rule applies to
 */
public record BoilerplateRule(String name, Pattern pattern, int maxLineLength) {

	/** Checks for {@code null}. */
	public BoilerplateRule {
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		Objects.requireNonNull(pattern, "pattern"); //$NON-NLS-1$
	}

	/** @return whether {@code line} is boilerplate by this rule */
	public boolean matches(CharSequence line) {
		return line.length() <= maxLineLength && pattern.matcher(line).find();
	}
}
