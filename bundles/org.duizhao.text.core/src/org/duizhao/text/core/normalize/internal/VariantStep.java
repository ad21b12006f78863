package org.duizhao.text.core.normalize.internal;

import org.duizhao.text.core.normalize.FoldLog;
import org.duizhao.text.core.normalize.FoldReason;
import org.duizhao.text.core.normalize.LookalikeTable;
import org.duizhao.text.core.normalize.NormalizationStep;
import org.duizhao.text.core.normalize.NormalizedText;

/**
 * Folds variant characters and look-alikes to the common character: first the project's table
 * (its users know their corpus), then Unihan variants, then generated look-alikes. A generated
 * look-alike folds only inside Chinese text (a Han neighbour) and only where the words around it
 * say so ({@link LookalikeContext}); one that makes a word as written never folds.
 */
public final class VariantStep implements NormalizationStep {

	private final LookalikeTable project;

	/** @param project the project's look-alike table, never {@code null} */
	public VariantStep(LookalikeTable project) {
		this.project = project;
	}

	@Override
	public NormalizedText apply(NormalizedText input, FoldLog log) {
		String text = input.text();
		Folding out = new Folding(input, log);
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int end = i + Character.charCount(cp);
			FoldReason reason = FoldReason.PROJECT_LOOKALIKE;
			String to = cp < 0x2E80 ? null : project.lookup(cp);
			if (to == null && cp >= 0x2E80) {
				reason = FoldReason.VARIANT;
				to = Tables.variants().get(cp);
				if (to == null) {
					reason = FoldReason.LOOKALIKE;
					to = lookalike(text, i, end, cp);
				}
			}
			out.fold(i, end, to, reason);
			i = end;
		}
		return out.result();
	}

	private static String lookalike(String text, int index, int end, int cp) {
		LookalikeEntry entry = Tables.lookalike(cp);
		if (entry == null || !(Chars.isHanBefore(text, index) || Chars.isHanAt(text, end))) {
			return null;
		}
		return Context.INSTANCE.decide(text, index, end, entry);
	}

	/** The context decider, made on first use (its word table is large). */
	private static final class Context {
		static final LookalikeContext INSTANCE = new LookalikeContext(Tables.words(), Tables.toSimplified());
	}
}
