package org.duizhao.compare.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.duizhao.analysis.core.Keyword;
import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.RelatedReport;
import org.duizhao.analysis.core.SharedFormula;
import org.duizhao.analysis.core.SharedParts;
import org.duizhao.analysis.core.Span;
import org.duizhao.compare.ui.internal.model.Shade;
import org.duizhao.compare.ui.internal.model.ShadeRun;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.compare.ui.internal.related.FormulaRow;
import org.duizhao.compare.ui.internal.related.RelatedMode;
import org.duizhao.compare.ui.internal.related.RelatedResult;
import org.duizhao.compare.ui.internal.related.RelatedShading;
import org.duizhao.compare.ui.internal.related.VocabularyCsv;
import org.duizhao.compare.ui.internal.related.VocabularyRow;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.junit.jupiter.api.Test;

/** The Related mode's UI-free parts: highlights at the right UTF-16 indices, vocabulary rows and CSV. */
class RelatedModelTest {

	// 𠮷 (outside the BMP) before the formula: code points and UTF-16 indices differ by one
	private static final String A = "𠮷前言。坚持久久为功，继续努力。"; //$NON-NLS-1$
	private static final String B = "要久久为功。"; //$NON-NLS-1$

	private static RelatedResult result() {
		SharedFormula f = new SharedFormula("久久为功", List.of(new Span(6, 10)), List.of(new Span(1, 5))); //$NON-NLS-1$
		ParallelPassage p = new ParallelPassage(new Span(4, 16), new Span(0, 5), 0.6);
		SharedParts parts = new SharedParts(List.of(new Span(6, 10)), List.of(new Span(1, 5)));
		RelatedReport report = new RelatedReport(List.of(f), List.of(2), List.of(p),
				List.of(new Keyword("继续", 1, 0, 10, 0, 4.2)), List.of(new Keyword("要", 1, 0, 20, 0, 5.0))); //$NON-NLS-1$ //$NON-NLS-2$
		return new RelatedResult(A, B, report, List.of(parts), List.of(new FormulaRow(f, 2, false, 0)), 2);
	}

	@Test
	void highlightsPointAtWhatTheResearcherSees() {
		RelatedResult r = result();
		List<ShadeRun> none = RelatedShading.runs(r, Side.A, 0.5, List.of());
		assertThat(none).extracting(ShadeRun::shade).containsExactly(Shade.PASSAGE, Shade.PASSAGE_SHARED, Shade.PASSAGE);
		ShadeRun shared = none.get(1);
		assertThat(A.substring(shared.start(), shared.end())).isEqualTo("久久为功"); //$NON-NLS-1$
		List<ShadeRun> selected = RelatedShading.runs(r, Side.A, 0.5, r.formulas(false));
		ShadeRun formula = selected.stream().filter(x -> x.shade() == Shade.FORMULA).findFirst().orElseThrow();
		assertThat(A.substring(formula.start(), formula.end())).isEqualTo("久久为功"); //$NON-NLS-1$
		assertThat(RelatedShading.runs(r, Side.A, 0.7, List.of())).as("below the threshold").isEmpty();
		assertThat(r.excerpt(Side.A, new Span(0, 3), 2)).isEqualTo("𠮷前\u2026"); //$NON-NLS-1$
	}

	@Test
	void vocabularyReadsAsAAgainstBAndSavesAsCsv() throws Exception {
		List<VocabularyRow> rows = VocabularyRow.of(result().report());
		assertThat(rows).extracting(VocabularyRow::side).containsExactly(Side.A, Side.B);
		VocabularyRow b = rows.get(1);
		assertThat(b.countA()).isZero();
		assertThat(b.countB()).isEqualTo(1);
		assertThat(b.perMillionB()).isEqualTo(20);
		StringWriter out = new StringWriter();
		VocabularyCsv.write(List.of(rows.get(0), new VocabularyRow(Side.B, "a,\"b\"", 1, 2, 0.5, 1, 3.14159)), out); //$NON-NLS-1$
		assertThat(out.toString()).isEqualTo(VocabularyCsv.HEADER + "\r\nA,继续,1,0,10.00,0.00,4.20\r\n" //$NON-NLS-1$
				+ "B,\"a,\"\"b\"\"\",1,2,0.50,1.00,3.14\r\n"); //$NON-NLS-1$
		assertThat(rows.get(0).matches(" 继 ")).isTrue(); //$NON-NLS-1$
		assertThat(rows.get(0).matches("要")).isFalse(); //$NON-NLS-1$
	}

	@Test
	void theAnalysisFoldsWhatTheComparisonIgnoresButNeverPunctuation() {
		Set<NormalizeOption> ignore = RelatedMode.ignoreOf(Set.of(NormalizeOption.PUNCTUATION, NormalizeOption.PINYIN));
		assertThat(ignore).contains(NormalizeOption.PINYIN, NormalizeOption.WIDTH)
				.doesNotContain(NormalizeOption.PUNCTUATION, NormalizeOption.SCRIPT, NormalizeOption.WHITESPACE);
	}
}
