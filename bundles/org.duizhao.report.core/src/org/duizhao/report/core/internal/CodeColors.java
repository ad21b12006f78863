package org.duizhao.report.core.internal;

import java.util.regex.Pattern;

/**
 * Code colours as the non-HTML formats use them: a code's colour is only trusted when it is
 * {@code #rrggbb} (the same rule and fallback as the HTML report), so nothing else can reach a
 * style or attribute.
 */
public final class CodeColors {

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}"); //$NON-NLS-1$

	/** The colour of a passage without a reported code. */
	public static final String NO_CODE = "#dddddd"; //$NON-NLS-1$

	private static final String FALLBACK = "#ffd966"; //$NON-NLS-1$

	private CodeColors() {
	}

	/** @return {@code color} if it is {@code #rrggbb}, else the fallback colour */
	public static String safe(String color) {
		return color != null && COLOR.matcher(color).matches() ? color : FALLBACK;
	}
}
