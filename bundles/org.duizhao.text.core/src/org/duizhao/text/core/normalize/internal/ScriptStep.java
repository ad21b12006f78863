package org.duizhao.text.core.normalize.internal;

import org.duizhao.text.core.normalize.FoldLog;
import org.duizhao.text.core.normalize.NormalizationStep;
import org.duizhao.text.core.normalize.NormalizedText;
import org.duizhao.text.core.normalize.ScriptTarget;

/**
 * Folds both scripts to one target. Traditional output first goes through simplified: texts
 * write traditional characters in several standards (為/爲, 裡/裏, 著/着), and the round trip
 * brings them all to OpenCC's one standard form.
 */
public final class ScriptStep implements NormalizationStep {

	private final ScriptTarget target;

	/** @param target the script to fold to, never {@code null} */
	public ScriptStep(ScriptTarget target) {
		this.target = target;
	}

	@Override
	public NormalizedText apply(NormalizedText input, FoldLog log) {
		if (target == ScriptTarget.SIMPLIFIED) {
			return Tables.toSimplified().apply(input, log);
		}
		NormalizedText simplified = Tables.toSimplified().apply(input, FoldLog.discarding());
		FoldLog roundTrip = log.isEnabled() ? FoldLog.recording() : log;
		NormalizedText traditional = Tables.toTraditional().apply(simplified, roundTrip);
		// a character that came back to itself (國 -> 国 -> 國) was not folded
		roundTrip.folds().stream().filter(f -> !f.from().equals(f.to())).forEach(log::add);
		return traditional;
	}
}
