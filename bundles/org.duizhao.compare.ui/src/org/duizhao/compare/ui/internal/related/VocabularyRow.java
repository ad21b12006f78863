package org.duizhao.compare.ui.internal.related;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.duizhao.analysis.core.Keyword;
import org.duizhao.analysis.core.RelatedReport;
import org.duizhao.compare.ui.internal.model.Side;

/**
 * A row of the Distinctive Vocabulary table, always read as A against B (the core gives B's words
 * with B's counts first).
 *
 * @param side the text the word is over-represented in
 * @param word the word
 * @param countA occurrences in A
 * @param countB occurrences in B
 * @param perMillionA relative frequency in A, per million words
 * @param perMillionB relative frequency in B, per million words
 * @param g2 log-likelihood
 */
public record VocabularyRow(Side side, String word, long countA, long countB, double perMillionA, double perMillionB,
		double g2) {

	/** @return the rows of both sides, A's first, each by falling G² */
	public static List<VocabularyRow> of(RelatedReport report) {
		List<VocabularyRow> out = new ArrayList<>();
		for (Keyword k : report.distinctiveA()) {
			out.add(new VocabularyRow(Side.A, k.word(), k.countA(), k.countB(), k.perMillionA(), k.perMillionB(), k.g2()));
		}
		for (Keyword k : report.distinctiveB()) {
			out.add(new VocabularyRow(Side.B, k.word(), k.countB(), k.countA(), k.perMillionB(), k.perMillionA(), k.g2()));
		}
		return out;
	}

	/** @return whether the word contains {@code filter} (case-insensitive; an empty filter matches) */
	public boolean matches(String filter) {
		return filter.isBlank() || word.toLowerCase(Locale.ROOT).contains(filter.strip().toLowerCase(Locale.ROOT));
	}
}
