package org.duizhao.text.core.segment;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.text.core.TextRange;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits text into words with ICU's dictionary-based word break iterator for Chinese. Spaces
 * and punctuation are not words and are left out; ranges are UTF-16, in order.
 */
public final class Words {

	private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(ULocale.CHINESE);

	private Words() {
	}

	/** @return the words of {@code text}, never {@code null} */
	public static List<TextRange> of(CharSequence text) {
		// a clone per call: break iterators keep state and are not thread-safe
		BreakIterator words = (BreakIterator) PROTOTYPE.clone();
		words.setText(text);
		List<TextRange> out = new ArrayList<>();
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
				out.add(new TextRange(start, end));
			}
		}
		return out;
	}
}
