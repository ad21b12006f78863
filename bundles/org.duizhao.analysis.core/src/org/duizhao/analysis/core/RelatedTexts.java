package org.duizhao.analysis.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.NormalizedText;
import org.duizhao.text.core.normalize.Normalizer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The related-texts analysis of a pair, as the CLI and the workbench run it: shared formulas
 * ranked by how distinctive they are in the corpus, parallel passages, and distinctive vocabulary.
 * <p>
 * A formula found in few of the corpus's documents says more about these two texts than one found
 * in most (习近平总书记, 党中央), so formulas are ranked by document frequency first, then by length
 * and occurrences.
 */
public final class RelatedTexts {

	/**
	 * Options of the analysis.
	 *
	 * @param ignore what to fold
	 * @param minFormulaLength the shortest formula, in Han characters
	 * @param minPassageScore the lowest passage score kept, 0–1
	 * @param minPassageLength the fewest aligned Han characters of a passage
	 * @param maxKeywords the most distinctive words listed per side
	 */
	public record Options(Set<NormalizeOption> ignore, int minFormulaLength, double minPassageScore,
			int minPassageLength, int maxKeywords) {

		/** @return the defaults */
		public static Options defaults() {
			return new Options(SharedFormulas.DEFAULT_IGNORE, SharedFormulas.DEFAULT_MIN_LENGTH,
					ParallelPassages.DEFAULT_MIN_SCORE, ParallelPassages.DEFAULT_MIN_LENGTH, 50);
		}

		/** @return a copy with another shortest formula */
		public Options withMinFormulaLength(int value) {
			return new Options(ignore, value, minPassageScore, minPassageLength, maxKeywords);
		}

		/** @return a copy that folds {@code value} */
		public Options withIgnore(Set<NormalizeOption> value) {
			return new Options(value, minFormulaLength, minPassageScore, minPassageLength, maxKeywords);
		}
	}

	private final Normalizer normalizer;

	/** @param normalizer how to normalize both texts, not {@code null} */
	public RelatedTexts(Normalizer normalizer) {
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer"); //$NON-NLS-1$
	}

	/**
	 * @param a the first original text
	 * @param b the second original text
	 * @param documentFrequency for a formula's {@link SharedFormula#text()}, in how many documents of
	 *            the corpus it occurs (see {@link SharedFormulas#searchable}); {@code null}: the pair
	 *            is the corpus
	 * @param monitor progress and cancel, may be {@code null}
	 */
	public RelatedReport analyse(String a, String b, Options options, ToIntFunction<String> documentFrequency,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		NormalizedText na = normalizer.normalize(a, options.ignore());
		NormalizedText nb = normalizer.normalize(b, options.ignore());
		progress.worked(10);
		List<SharedFormula> formulas = new SharedFormulas(normalizer).find(na, nb, options.minFormulaLength());
		progress.worked(20);
		ToIntFunction<String> df = documentFrequency != null ? documentFrequency : text -> 2;
		List<SharedFormula> ranked = new ArrayList<>(formulas);
		List<Integer> counts = new ArrayList<>();
		java.util.Map<SharedFormula, Integer> byFormula = new java.util.HashMap<>();
		for (SharedFormula f : ranked) {
			byFormula.put(f, df.applyAsInt(f.text()));
		}
		ranked.sort(Comparator.<SharedFormula>comparingInt(byFormula::get)
				.thenComparing(Comparator.comparingInt(SharedFormula::length).reversed())
				.thenComparing(Comparator.comparingInt((SharedFormula f) -> f.inA().size() + f.inB().size()).reversed())
				.thenComparing(SharedFormula::text));
		ranked.forEach(f -> counts.add(byFormula.get(f)));
		progress.worked(10);
		List<ParallelPassage> passages = new ParallelPassages(normalizer).find(na, nb, options.minPassageScore(),
				options.minPassageLength(), progress.split(50));
		Keyness.Counts ca = new Keyness.Counts().add(na.text());
		Keyness.Counts cb = new Keyness.Counts().add(nb.text());
		progress.worked(10);
		return new RelatedReport(ranked, counts, passages, top(Keyness.overRepresented(ca, cb, Keyness.P05, 2), options),
				top(Keyness.overRepresented(cb, ca, Keyness.P05, 2), options));
	}

	private static List<Keyword> top(List<Keyword> words, Options options) {
		return words.size() <= options.maxKeywords() ? words : words.subList(0, options.maxKeywords());
	}
}
