package org.duizhao.corpus.core.guess;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Guesses the issuing body, best effort. Looks at the last {@value #TAIL} lines (the signature
 * block; nearest the end first) and then the first {@value #HEAD} lines (a letterhead such as
 * "…人民政府文件") for a short line without sentence punctuation that ends in a body's name:
 * 委员会, 人民政府, 办公厅, 办公室, 国务院, 厅, 局, 部 … (traditional forms too). A trailing 文件
 * and a leading label such as "主办：" are cut off.
 */
final class IssuerGuess {

	static final int TAIL = 12;
	static final int HEAD = 10;
	private static final List<String> SUFFIXES = List.of("委员会", "委員會", "人民政府", "办公厅", "辦公廳", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"办公室", "辦公室", "国务院", "國務院", "人民法院", "人民检察院", "人民檢察院", "政协", "政協", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"厅", "廳", "局", "部", "署", "委"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final Pattern SENTENCE = Pattern.compile("[，。；！？,;!?、“”\"]"); //$NON-NLS-1$
	private static final Pattern LABEL = Pattern.compile("^.{0,8}[：:]\\s*"); //$NON-NLS-1$

	private IssuerGuess() {
	}

	static String guess(Lines lines) {
		String found = first(lines.tailReversed(TAIL));
		return found != null ? found : first(lines.head(HEAD));
	}

	private static String first(List<String> candidates) {
		for (String line : candidates) {
			String issuer = issuerOf(line);
			if (issuer != null) {
				return issuer;
			}
		}
		return null;
	}

	static String issuerOf(String line) {
		String s = LABEL.matcher(line).replaceFirst(""); //$NON-NLS-1$
		if (s.endsWith("文件")) { //$NON-NLS-1$
			s = s.substring(0, s.length() - 2);
		}
		s = Lines.trim(s);
		int length = Lines.length(s);
		if (length < 3 || length > 30 || SENTENCE.matcher(s).find()) {
			return null;
		}
		for (String suffix : SUFFIXES) {
			if (s.endsWith(suffix)) {
				return s;
			}
		}
		return null;
	}
}
