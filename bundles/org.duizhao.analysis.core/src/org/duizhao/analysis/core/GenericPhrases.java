package org.duizhao.analysis.core;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Stock phrases of official Chinese writing that nearly every policy text holds (习近平总书记,
 * 党中央, 贯彻落实): shared by two texts, they say nothing of how one took up the other. A phrase made
 * only of such phrases (深入学习贯彻习近平总书记) is generic too. A short, fixed list: the corpus's
 * own document frequencies ({@link DocumentFrequencies#isGeneric}) catch the rest.
 *
 * @since 0.1
 */
public final class GenericPhrases {

	private static final List<String> STOCK = List.of("习近平新时代中国特色社会主义思想", "中国特色社会主义", //$NON-NLS-1$ //$NON-NLS-2$
			"习近平总书记", "习近平同志", "总书记", "党中央", "中共中央", "国务院", "省委省政府", "新时代", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"深入学习贯彻", "学习贯彻落实", "深入学习", "学习贯彻", "深入贯彻", "贯彻落实", "认真落实", "全面落实", "重要讲话", "重要指示", "重要论述", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"批示精神", "讲话精神", "决策部署", "经济社会发展", "各级党委", "政府", "精神", "重要") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

	private GenericPhrases() {
	}

	/** @return whether {@code phrase} (normalized, simplified) is made of stock phrases, but for one character */
	public static boolean isGeneric(String phrase) {
		String rest = phrase;
		for (String s : STOCK) {
			rest = rest.replace(s, ""); //$NON-NLS-1$
		}
		return rest.codePointCount(0, rest.length()) <= 1;
	}

	/**
	 * @return the positions (UTF-16) of {@code text} inside an occurrence of a stock phrase; parallel
	 *         passages are not seeded there, so a pair of passages made of stock wording alone
	 *         (习近平总书记重要讲话……批示精神) is not offered as reuse
	 */
	public static BitSet covered(String text) {
		BitSet out = new BitSet(text.length());
		for (String s : STOCK) {
			if (s.length() < 3) {
				continue; // 政府, 精神, 重要 are parts of too many real phrases
			}
			for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
				out.set(at, at + s.length());
			}
		}
		return out;
	}
}
