package org.duizhao.text.core.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.duizhao.text.core.TextRange;
import org.duizhao.text.core.normalize.internal.Chars;
import org.duizhao.text.core.normalize.internal.PinyinGlossStep;
import org.duizhao.text.core.normalize.internal.PinyinGlosses;
import org.duizhao.text.core.normalize.internal.ScriptStep;
import org.duizhao.text.core.normalize.internal.WhitespaceStep;
import org.duizhao.text.core.normalize.internal.WidthStep;

/**
 * Analyses an original text for ranges a viewer or a comparison treats specially: boilerplate
 * lines, damaged ranges and pinyin glosses. Nothing is removed; all ranges are in original
 * UTF-16 indices. Instances are immutable and thread-safe.
 */
public final class Marks {

	private final BoilerplateRules rules;

	/** @param rules the boilerplate rules, never {@code null} */
	public Marks(BoilerplateRules rules) {
		this.rules = Objects.requireNonNull(rules, "rules"); //$NON-NLS-1$
	}

	/** @return the marks of {@code original}, never {@code null} */
	public TextMarks analyze(String original) {
		return new TextMarks(boilerplate(original), damage(original), PinyinGlosses.find(original));
	}

	/**
	 * Finds boilerplate lines. Rules see each line with full-width forms, glosses and script
	 * folded, so that one rule in simplified characters covers every spelling.
	 */
	public List<BoilerplateMark> boilerplate(String original) {
		List<BoilerplateMark> marks = new ArrayList<>();
		if (rules.rules().isEmpty()) {
			return marks;
		}
		NormalizedText view = NormalizedText.identity(original);
		view = new PinyinGlossStep().apply(view, FoldLog.discarding());
		view = new WidthStep().apply(view, FoldLog.discarding());
		view = new WhitespaceStep(false).apply(view, FoldLog.discarding());
		view = new ScriptStep(ScriptTarget.SIMPLIFIED).apply(view, FoldLog.discarding());
		String text = view.text();
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			end = end < 0 ? text.length() : end;
			BoilerplateRule rule = end > start ? rules.match(text.substring(start, end)) : null;
			if (rule != null) {
				int[] range = view.toOriginal(start, end);
				marks.add(new BoilerplateMark(new TextRange(range[0], range[1]), rule.name()));
			}
			start = end + 1;
		}
		return marks;
	}

	/**
	 * @param text an original text
	 * @return the pinyin glosses after characters, such as {@code (jiān)}, in order
	 */
	public static List<TextRange> glosses(CharSequence text) {
		return PinyinGlosses.find(text);
	}

	/**
	 * @param text an original text
	 * @return the damaged runs ({@code ??}, U+FFFD) in Chinese text, and control characters (terminal
	 *         escape sequences whole, e.g. ESC [2J), in order
	 */
	public static List<TextRange> damage(CharSequence text) {
		List<TextRange> found = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (ControlRuns.isControl(c)) {
				int end = ControlRuns.end(text, i);
				found.add(new TextRange(i, end));
				i = end;
				continue;
			}
			if (c != '?' && c != '\uFFFD') {
				i++;
				continue;
			}
			int end = i;
			boolean replacement = false;
			while (end < text.length() && (text.charAt(end) == '?' || text.charAt(end) == '\uFFFD')) {
				replacement |= text.charAt(end) == '\uFFFD';
				end++;
			}
			if (replacement || isDamage(text, i, end)) {
				found.add(new TextRange(i, end));
			}
			i = end;
		}
		return found;
	}

	private static boolean isDamage(CharSequence text, int start, int end) {
		boolean hanBefore = Chars.isHanBefore(text, start);
		if (end - start >= 2) {
			return hanBefore || Chars.isHanAt(text, end);
		}
		return hanBefore && (Chars.isHanAt(text, end) || end < text.length() && isCjkPunctuation(text.charAt(end)));
	}

	private static boolean isCjkPunctuation(char c) {
		return c >= '\u3000' && c <= '\u303F' || c >= '\uFF01' && c <= '\uFF0F' || c >= '\uFF1A' && c <= '\uFF1F';
	}
}
