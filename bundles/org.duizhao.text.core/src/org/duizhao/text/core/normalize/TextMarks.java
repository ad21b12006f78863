package org.duizhao.text.core.normalize;

import java.util.List;

import org.duizhao.text.core.TextRange;

/**
 * What {@link Marks} found in an original text; every range in original UTF-16 indices, sorted.
 *
 * @param boilerplate boilerplate lines with the rule that matched, never {@code null}
 * @param damaged ranges where characters were lost in decoding ({@code ??}, U+FFFD), never {@code null}
 * @param glosses pinyin glosses, parentheses included, never {@code null}
 */
public record TextMarks(List<BoilerplateMark> boilerplate, List<TextRange> damaged, List<TextRange> glosses) {

	/** Makes the lists unmodifiable. */
	public TextMarks {
		boilerplate = List.copyOf(boilerplate);
		damaged = List.copyOf(damaged);
		glosses = List.copyOf(glosses);
	}

	/** @return the ranges of {@link #boilerplate()}, in order */
	public List<TextRange> boilerplateRanges() {
		return boilerplate.stream().map(BoilerplateMark::range).toList();
	}
}
