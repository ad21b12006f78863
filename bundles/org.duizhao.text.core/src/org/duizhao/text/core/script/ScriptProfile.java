package org.duizhao.text.core.script;

import java.util.Objects;

/**
 * The counts behind a script decision, for callers that want to show or weigh them.
 *
 * @param script the decision, not {@code null}
 * @param han number of Han code points in the text
 * @param simplifiedOnly Han characters that exist only in simplified writing (e.g. 这)
 * @param traditionalOnly Han characters that exist only in traditional writing (e.g. 這)
 */
public record ScriptProfile(Script script, int han, int simplifiedOnly, int traditionalOnly) {

	/** Checks the arguments. */
	public ScriptProfile {
		Objects.requireNonNull(script, "script"); //$NON-NLS-1$
	}
}
