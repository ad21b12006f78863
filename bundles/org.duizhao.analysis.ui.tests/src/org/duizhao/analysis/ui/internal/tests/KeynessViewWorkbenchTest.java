package org.duizhao.analysis.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.analysis.core.Keyword;
import org.duizhao.analysis.core.corpus.KeynessTarget;
import org.duizhao.analysis.ui.internal.views.KeynessView;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

/**
 * The Distinctive Vocabulary view on a real workbench: a region against the rest of a small
 * project computed in a job, rows with counts and G², sorting by a column, the word filter, and the
 * CSV of the rows shown; a target without documents.
 */
class KeynessViewWorkbenchTest extends WithOpenProject {

	private static final String COAST = "发展海洋经济，保护海洋生态，扶持渔业。海洋渔业要发展。\n"; //$NON-NLS-1$
	private static final String STEPPE = "发展草原牧业，保护草原生态。草原牧业要发展，牧民增收。\n"; //$NON-NLS-1$

	@Override
	String name() {
		return "KeynessUi"; //$NON-NLS-1$
	}

	@Override
	Map<String, String> texts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("fj1.txt", COAST); //$NON-NLS-1$
		texts.put("fj2.txt", COAST.repeat(2)); //$NON-NLS-1$
		texts.put("nm1.txt", STEPPE.repeat(2)); //$NON-NLS-1$
		return texts;
	}

	@Override
	Metadata describe(Document d) {
		boolean coast = d.current().sourceName().startsWith("fj"); //$NON-NLS-1$
		return d.metadata().withRegion(coast ? "福建省" : "内蒙古自治区").withDate("2020"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void regionAgainstTheRestFillsASortableFilterableTableAndSavesCsv() throws Exception {
		KeynessView view = Workbench.sync(() -> (KeynessView) Workbench.page().showView(KeynessView.ID));
		Job job = Workbench.sync(() -> view.run(project, KeynessTarget.region("福建省"), 2)); //$NON-NLS-1$
		job.join(60_000, null);
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
		Workbench.waitUntil(() -> view.report() != null, 20);
		List<Keyword> rows = Workbench.sync(view::visibleRows);
		assertThat(rows).extracting(Keyword::word).contains("海洋", "渔业").doesNotContain("草原", "发展"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(rows).isSortedAccordingTo((a, b) -> Double.compare(b.g2(), a.g2()));
		Keyword sea = rows.stream().filter(k -> k.word().equals("海洋")).findFirst().orElseThrow(); //$NON-NLS-1$
		assertThat(sea.countA()).isEqualTo(9);
		assertThat(sea.countB()).isZero();
		assertThat(Workbench.sync(view::summary)).contains("福建省", "2", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		List<Keyword> byWord = Workbench.sync(() -> {
			view.sort(0, true);
			return view.visibleRows();
		});
		assertThat(byWord).extracting(Keyword::word).isSorted();
		List<Keyword> filtered = Workbench.sync(() -> {
			view.setFilter("渔"); //$NON-NLS-1$
			return view.visibleRows();
		});
		assertThat(filtered).extracting(Keyword::word).containsExactly("渔业"); //$NON-NLS-1$

		Path csv = temp.resolve("k.csv"); //$NON-NLS-1$
		Workbench.sync(() -> {
			view.exportCsv(csv);
			return null;
		});
		String written = Files.readString(csv, StandardCharsets.UTF_8);
		assertThat(written).startsWith("\uFEFFword,count_target,count_rest,per_million_target,per_million_rest,g2\r\n") //$NON-NLS-1$
				.contains("\r\n渔业,6,0,").endsWith("\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(written.split("\r\n")).hasSize(2); //$NON-NLS-1$
	}

	@Test
	void aTargetWithoutDocumentsSaysSo() throws Exception {
		KeynessView view = Workbench.sync(() -> (KeynessView) Workbench.page().showView(KeynessView.ID));
		Job job = Workbench.sync(() -> view.run(project, KeynessTarget.year("1999"), 1)); //$NON-NLS-1$
		job.join(60_000, null);
		Workbench.waitUntil(() -> view.summary().equals(org.duizhao.analysis.ui.internal.Messages.Keyness_emptyTarget), 20);
		assertThat(Workbench.sync(view::visibleRows)).isEmpty();
	}
}
