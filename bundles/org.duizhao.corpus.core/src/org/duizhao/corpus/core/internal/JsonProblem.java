package org.duizhao.corpus.core.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Says in a few words what is wrong with a JSON file, instead of the JSON library's text (class
 * names, JSON paths and a troubleshooting link).
 */
public final class JsonProblem {

	private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)"); //$NON-NLS-1$

	private JsonProblem() {
	}

	/** @return e.g. "not valid JSON near line 3, column 5" */
	public static String describe(Throwable e) {
		if (e instanceof java.io.IOException && !(e.getCause() instanceof RuntimeException)) {
			return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
		}
		String text = e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
		Matcher m = WHERE.matcher(text);
		return m.find() ? NLS.bind(Messages.problemJsonAt, m.group(1), m.group(2)) : Messages.problemJson;
	}
}
