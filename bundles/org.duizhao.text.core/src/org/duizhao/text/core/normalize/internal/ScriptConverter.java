package org.duizhao.text.core.normalize.internal;

import org.duizhao.text.core.normalize.FoldLog;
import org.duizhao.text.core.normalize.FoldReason;
import org.duizhao.text.core.normalize.NormalizedText;

/**
 * Converts between traditional and simplified characters: longest phrase first, so that a
 * character whose conversion depends on the word (乾淨 vs 乾隆) comes out right, then character by
 * character. Every output character maps back to the character it replaces; a phrase whose
 * replacement has another number of code points maps as a whole.
 */
public final class ScriptConverter {

	private final CodePointMap<String> chars;
	private final PhraseTable phrases;

	/** @param chars single characters; @param phrases multi-character phrases */
	public ScriptConverter(CodePointMap<String> chars, PhraseTable phrases) {
		this.chars = chars;
		this.phrases = phrases;
	}

	/**
	 * @return the code point that {@code cp} becomes on its own (no phrase), or {@code cp} itself
	 *         when it does not change or becomes more than one code point
	 */
	public int simplify(int cp) {
		String to = chars.get(cp);
		return to == null || to.codePointCount(0, to.length()) != 1 ? cp : to.codePointAt(0);
	}

	/** @return the converted view, or {@code input} when nothing changed */
	public NormalizedText apply(NormalizedText input, FoldLog log) {
		String text = input.text();
		Folding out = new Folding(input, log);
		int i = 0;
		while (i < text.length()) {
			int len = phrases.match(text, i);
			if (len > 0) {
				phrase(text, out, i, len);
				i += len;
				continue;
			}
			int cp = text.codePointAt(i);
			int count = Character.charCount(cp);
			out.fold(i, i + count, chars.get(cp), FoldReason.SCRIPT);
			i += count;
		}
		return out.result();
	}

	private void phrase(String text, Folding out, int start, int len) {
		String key = text.substring(start, start + len);
		String value = phrases.get(key);
		if (key.equals(value)) {
			out.keep(start, start + len);
			return;
		}
		if (key.codePointCount(0, len) != value.codePointCount(0, value.length())) {
			out.fold(start, start + len, value, FoldReason.SCRIPT);
			return;
		}
		int k = 0;
		int v = 0;
		while (k < len) {
			int kc = key.codePointAt(k);
			int vc = value.codePointAt(v);
			int kn = Character.charCount(kc);
			out.fold(start + k, start + k + kn, kc == vc ? null : new String(Character.toChars(vc)), FoldReason.SCRIPT);
			k += kn;
			v += Character.charCount(vc);
		}
	}
}
