package org.duizhao.analysis.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.duizhao.analysis.core.internal.FormulaFinder;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.NormalizedText;
import org.duizhao.text.core.normalize.Normalizer;

/**
 * The formulas two related texts share: maximal runs of four or more Han characters found in both
 * normalized texts, trimmed to word boundaries, with every occurrence in each original text.
 * <p>
 * Texts are compared on their normalized views, so a traditional text and a simplified one, or a
 * text with look-alike characters, share what they say; whitespace and punctuation are kept, so a
 * formula never runs across a sentence or a line.
 */
public final class SharedFormulas {

	/** The shortest formula, in Han characters, unless told otherwise. */
	public static final int DEFAULT_MIN_LENGTH = 4;

	/** What related-text analysis ignores unless told otherwise. */
	public static final Set<NormalizeOption> DEFAULT_IGNORE = EnumSet.of(NormalizeOption.WIDTH, NormalizeOption.PINYIN,
			NormalizeOption.SCRIPT, NormalizeOption.VARIANTS, NormalizeOption.BOILERPLATE);

	private final Normalizer normalizer;

	/** @param normalizer how to normalize both texts, not {@code null} */
	public SharedFormulas(Normalizer normalizer) {
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer"); //$NON-NLS-1$
	}

	/**
	 * @return the text as formulas are matched against it: normalized with {@code ignore}, its Han
	 *         characters only, other characters as line breaks (for counting documents that hold a
	 *         formula with {@link String#contains})
	 */
	public String searchable(String original, Set<NormalizeOption> ignore) {
		return FormulaFinder.searchable(normalizer.normalize(original, ignore));
	}

	/**
	 * @param a the first original text
	 * @param b the second original text
	 * @param ignore what to fold, see {@link #DEFAULT_IGNORE}
	 * @param minLength the shortest formula in Han characters
	 * @return the shared formulas, longest first; offsets are code points of the original texts
	 */
	public List<SharedFormula> find(String a, String b, Set<NormalizeOption> ignore, int minLength) {
		return find(normalizer.normalize(a, ignore), normalizer.normalize(b, ignore), minLength);
	}

	/**
	 * The same on texts already normalized (the related-texts analysis normalizes each text once for
	 * all its parts).
	 */
	public List<SharedFormula> find(NormalizedText a, NormalizedText b, int minLength) {
		return new FormulaFinder(minLength).find(a, b);
	}
}
