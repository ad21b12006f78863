package org.duizhao.text.core.normalize.internal;

import java.text.Normalizer;

import org.duizhao.text.core.normalize.FoldLog;
import org.duizhao.text.core.normalize.FoldReason;
import org.duizhao.text.core.normalize.NormalizationStep;
import org.duizhao.text.core.normalize.NormalizedText;

/**
 * Folds full-width Latin letters, digits and ASCII punctuation (，becomes ,), half-width forms,
 * compatibility ideographs and Kangxi radicals to their NFKC forms. Other characters are left
 * alone on purpose: full NFKC would also rewrite ①, ™ or ㈠, which are content, not width.
 * CJK punctuation such as 。、「」 has no compatibility form and stays.
 */
public final class WidthStep implements NormalizationStep {

	@Override
	public NormalizedText apply(NormalizedText input, FoldLog log) {
		String text = input.text();
		Folding out = new Folding(input, log);
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int count = Character.charCount(cp);
			out.fold(i, i + count, fold(cp), FoldReason.WIDTH);
			i += count;
		}
		return out.result();
	}

	/** @return the folded form of {@code cp}, or {@code null} to keep it */
	static String fold(int cp) {
		if (cp < 0x2E80) {
			return null;
		}
		if (cp >= 0xFF01 && cp <= 0xFF5E) {
			return String.valueOf((char) (cp - 0xFEE0)); // full-width ASCII block is a fixed offset
		}
		boolean candidate = cp >= 0xFF5F && cp <= 0xFFEF || cp >= 0xF900 && cp <= 0xFAFF
				|| cp >= 0x2F800 && cp <= 0x2FA1F || cp >= 0x2E80 && cp <= 0x2FDF;
		if (!candidate) {
			return null;
		}
		String s = new String(Character.toChars(cp));
		String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
		return n.equals(s) || n.isBlank() ? null : n;
	}
}
