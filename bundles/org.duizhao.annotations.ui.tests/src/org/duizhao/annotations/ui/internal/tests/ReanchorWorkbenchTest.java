package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.anchor.ReanchorCounts;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.anchor.ReanchorReportDialog;
import org.duizhao.annotations.ui.internal.anchor.ReanchorWatcher;
import org.duizhao.annotations.ui.internal.views.UnanchoredView;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.testing.ui.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Annotations follow a document to its new text version in the workbench: after Change Encoding
 * (the project re-decodes and tells the project manager, as the Document menu's handler does) and
 * after a corrected file becomes a new version, the counts are reported per document and what
 * could not be placed appears in the Unanchored Annotations view.
 */
class ReanchorWorkbenchTest extends WithAnnotatedProject {

	private final AtomicReference<ReanchorWatcher.Report> report = new AtomicReference<>();

	@BeforeEach
	void setUp() throws Exception {
		Code code = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		for (String passage : List.of("产业扶贫", "教育扶贫", "生态保护")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			annotate(passage, code);
		}
		AnnotationsUiPlugin.getDefault().reanchoring().setReporter(report::set);
	}

	private void annotate(String passage, Code code) throws Exception {
		annotate(passage, List.of(code.id()), "alice"); //$NON-NLS-1$
	}

	@AfterEach
	void stopReporting() throws Exception {
		AnnotationsUiPlugin.getDefault().reanchoring().setReporter(null);
	}

	@Test
	void changeEncodingCarriesEveryAnnotationOverExactly() throws Exception {
		Document redecoded = fixture.project.redecode(fixture.document.id(), "UTF-8"); //$NON-NLS-1$
		CorpusUiPlugin.getDefault().projects().fire(fixture.project);
		Workbench.waitUntil(() -> report.get() != null, 30);

		assertThat(report.get().documents()).containsOnlyKeys(redecoded.displayName());
		assertThat(report.get().total()).isEqualTo(new ReanchorCounts(3, 0, 0, 0));
		assertThat(store.annotations(AnnotationQuery.all())).extracting(Annotation::version)
				.containsOnly(redecoded.current().number());
		assertThat(ReanchorReportDialog.message(report.get())).contains(redecoded.displayName()).contains("3"); //$NON-NLS-1$
	}

	@Test
	void aCorrectedFileMovesWhatItCanAndListsTheRestAsUnanchored() throws Exception {
		UnanchoredView view = Workbench.sync(() -> (UnanchoredView) AnnotatedProject.page().showView(UnanchoredView.ID));
		String corrected = "前言：本报告已校对。\n" + AnnotatedProject.TEXT.replace("生态保护", "环境治理"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path file = temp.resolve("corrected.txt"); //$NON-NLS-1$
		Files.writeString(file, corrected, StandardCharsets.UTF_8);
		fixture.project.addVersion(fixture.document.id(), file);
		CorpusUiPlugin.getDefault().projects().fire(fixture.project);
		Workbench.waitUntil(() -> report.get() != null, 30);

		ReanchorCounts counts = report.get().total();
		assertThat(counts.exact()).isEqualTo(2);
		assertThat(counts.unanchored()).isEqualTo(1);
		Workbench.waitUntil(() -> view.rows().size() == 1, 10);
		assertThat(view.rows().get(0).quote().exact()).isEqualTo("生态保护"); //$NON-NLS-1$
	}
}
