package org.duizhao.analysis.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.text.core.normalize.Normalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phrase diffusion on a real project with known dates and regions: counts by region, year and
 * region × year, folding (a traditional phrase finds simplified text, punctuation inside a formula
 * does not hide it), hits in code points of the original, first appearance per region.
 */
class PhraseDiffusionTest {

	private static final String FORMULA = "两不愁三保障"; //$NON-NLS-1$
	private static final String TRADITIONAL = "兩不愁三保障"; //$NON-NLS-1$

	@TempDir
	Path dir;

	private SmallProject fixture;
	private PhraseDiffusion diffusion;

	@BeforeEach
	void setUp() throws Exception {
		fixture = SmallProject.create(dir);
		diffusion = new PhraseDiffusion(Normalizer.standard(), SharedFormulas.DEFAULT_IGNORE);
	}

	@Test
	void countsDocumentsAndOccurrencesByRegionYearAndBoth() throws Exception {
		DiffusionReport report = diffusion.find(fixture.project, List.of(FORMULA), null);
		assertThat(table(report.matrix(FORMULA, DiffusionGrouping.REGION))).containsExactly(
				"福建省||2|3", "甘肃省||2|2", "||1|1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(table(report.matrix(FORMULA, DiffusionGrouping.YEAR))).containsExactly(
				"2016||1|2", "2017||1|1", "2018||2|2", "||1|1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(table(report.matrix(FORMULA, DiffusionGrouping.REGION_YEAR))).containsExactly(
				"福建省|2016|1|2", "福建省|2018|1|1", "甘肃省|2017|1|1", "甘肃省|2018|1|1", "||1|1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertThat(report.counts(FORMULA)).doesNotContainKey(doc(report, "gz-2019")); //$NON-NLS-1$
	}

	@Test
	void traditionalPhraseFindsSimplifiedAndPunctuatedTextAtOriginalCodePoints() throws Exception {
		DiffusionReport report = diffusion.find(fixture.project, List.of(TRADITIONAL), null);
		assertThat(report.counts(TRADITIONAL)).hasSize(5);
		Map<String, List<String>> found = new java.util.HashMap<>();
		for (PhraseHit h : report.hits()) {
			String title = title(report, h.document());
			found.computeIfAbsent(title, k -> new java.util.ArrayList<>()).add(at(fixture.text(title), h));
		}
		assertThat(found.get("fj-2016")).containsExactly(FORMULA, FORMULA); // after 𠮷, outside the BMP //$NON-NLS-1$
		assertThat(found.get("gs-2017")).containsExactly("两不愁、三保障"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(found.get("gs-2018")).containsExactly(TRADITIONAL); //$NON-NLS-1$
		PhraseHit first = report.hits().get(0);
		assertThat(first.span().start()).isEqualTo(8); // 𠮷省委决定：实现 is 8 code points, 9 UTF-16 units
	}

	@Test
	void firstAppearancePerRegionAndTimelineByDate() throws Exception {
		DiffusionReport report = diffusion.find(fixture.project, List.of(FORMULA, "久久为功"), null); //$NON-NLS-1$
		List<FirstAppearance> first = report.firstAppearances(FORMULA);
		assertThat(first).extracting(FirstAppearance::region, FirstAppearance::date).containsExactly(
				org.assertj.core.groups.Tuple.tuple("福建省", "2016-03-01"), //$NON-NLS-1$ //$NON-NLS-2$
				org.assertj.core.groups.Tuple.tuple("甘肃省", "2017-05-02")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(report.timeline(FORMULA)).extracting(t -> t.document().title()).containsExactly("fj-2016", //$NON-NLS-1$
				"gs-2017", "gs-2018", "fj-2018"); // a bare year sorts before its days; undated left out //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(report.firstAppearances("久久为功")).extracting(FirstAppearance::region).containsExactly("福建省", "甘肃省"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(report.matrix(null, DiffusionGrouping.REGION).cell(0, 0)).isEqualTo(new DiffusionCell(2, 4));
	}

	@Test
	void sharedFormulasOfASelectionBecomePhrases() {
		List<String> phrases = diffusion.sharedFormulas(
				List.of(fixture.text("fj-2016"), fixture.text("gs-2018"), fixture.text("gz-2019")), 10); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(phrases).contains("实现两不愁三保障", "久久为功"); // the maximal run both texts share //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> table(DiffusionMatrix m) {
		List<String> out = new java.util.ArrayList<>();
		for (int r = 0; r < m.rows().size(); r++) {
			for (int c = 0; c < m.columns().size(); c++) {
				DiffusionCell cell = m.cell(r, c);
				if (cell.documents() > 0) {
					out.add(m.rows().get(r) + "|" + m.columns().get(c) + "|" + cell.documents() + "|" + cell.occurrences()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		}
		return out;
	}

	private static CorpusDocument doc(DiffusionReport report, String title) {
		return report.documents().stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
	}

	private static String title(DiffusionReport report, String id) {
		return report.documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().title();
	}

	static String at(String text, PhraseHit h) {
		return text.substring(text.offsetByCodePoints(0, h.span().start()), text.offsetByCodePoints(0, h.span().end()));
	}
}
