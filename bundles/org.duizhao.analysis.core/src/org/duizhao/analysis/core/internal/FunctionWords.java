package org.duizhao.analysis.core.internal;

import java.util.Set;

/**
 * Function words that a formula neither starts nor ends with: a shared run that stops on 和, 的 or
 * 关于 is the tail of a sentence, not a formula (示精神和, 习近平总书记关于).
 */
final class FunctionWords {

	private static final Set<String> WORDS = Set.of("的", "地", "得", "了", "着", "过", "和", "与", "及", "或", "而", "并", "且", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"在", "于", "对", "把", "被", "将", "从", "向", "是", "也", "都", "又", "就", "等", "之", "其", "这", "那", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$
			"要", "让", "使", "给", "跟", "同", "关于", "对于", "通过", "按照", "根据", "以及", "并且", "而且", "或者", "还是", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"我们", "他们", "这个", "这些", "一个", "进一步"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private FunctionWords() {
	}

	static boolean contains(CharSequence text, int start, int end) {
		return end - start <= 3 && WORDS.contains(text.subSequence(start, end).toString());
	}
}
