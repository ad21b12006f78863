package org.duizhao.corpus.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.duizhao.testing.TestData;
import org.duizhao.testing.ui.Workbench;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CjkFonts;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.explorer.DocumentExplorerView;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.explorer.Grouping;
import org.duizhao.corpus.ui.internal.handlers.OpenDocumentHandler;
import org.duizhao.corpus.ui.internal.jobs.ImportJob;
import org.duizhao.corpus.ui.internal.viewer.DocumentViewerEditor;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real workbench: creates a project, imports the sample corpus in a job, and checks
 * what the explorer and the document viewer show.
 */
class ExplorerWorkbenchTest {

	private static final String NEXT_GROUPING = "org.duizhao.corpus.ui.nextGrouping"; //$NON-NLS-1$

	@TempDir
	Path temp;

	private Project project;

	@BeforeEach
	void setUp() throws Exception {
		Workbench.start();
		project = CorpusUiPlugin.getDefault().projects().create(temp.resolve("sample"), "UiSample"); //$NON-NLS-1$ //$NON-NLS-2$
		ImportJob job = ImportJob.start(project, List.of(TestData.samplesDir()), null);
		job.join(120_000, null);
		assertThat(job.getResult()).isNotNull();
		assertThat(job.getResult().isOK()).as(job.getResult().toString()).isTrue();
		assertThat(job.report().imported()).hasSize(10);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.run(() -> Workbench.page().closeAllEditors(false));
		CorpusUiPlugin.getDefault().projects().close(project);
	}

	@Test
	void explorerShowsTheImportedProjectWithCountsGroupsAndFilter() throws Exception {
		DocumentExplorerView view = Workbench.sync(() -> (DocumentExplorerView) Workbench.page().showView(DocumentExplorerView.ID));
		Workbench.waitUntil(() -> projectItem(view.viewer().getTree()) != null
				&& projectItem(view.viewer().getTree()).getText().contains("10"), 30); //$NON-NLS-1$
		Workbench.run(() -> {
			TreeItem item = projectItem(view.viewer().getTree());
			assertThat(item.getText()).startsWith("UiSample").contains("10"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(labels(item.getItems())).containsExactly("corpus (10)"); //$NON-NLS-1$
			assertThat(item.getItem(0).getItems()).hasSize(10);

			view.setGrouping(Grouping.SCRIPT);
			assertThat(labels(projectItem(view.viewer().getTree()).getItems()))
					.anyMatch(s -> s.startsWith("simplified")).anyMatch(s -> s.startsWith("traditional")); //$NON-NLS-1$ //$NON-NLS-2$

			view.filterText().setText("no-such-title-xyz"); //$NON-NLS-1$
			assertThat(projectItem(view.viewer().getTree()).getItems()).isEmpty();
			view.filterText().setText(""); //$NON-NLS-1$
			view.setGrouping(Grouping.FOLDER);
		});
	}

	@Test
	void theToolbarButtonCyclesThroughTheGroupings() throws Exception {
		DocumentExplorerView view = Workbench.sync(() -> (DocumentExplorerView) Workbench.page().showView(DocumentExplorerView.ID));
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		Workbench.run(() -> {
			try {
				handlers.executeCommand(NEXT_GROUPING, null);
				assertThat(labels(projectItem(view.viewer().getTree()).getItems()))
						.anyMatch(s -> s.startsWith("陕西省") || s.startsWith("江苏省")); //$NON-NLS-1$ //$NON-NLS-2$
				handlers.executeCommand(NEXT_GROUPING, null);
				assertThat(labels(projectItem(view.viewer().getTree()).getItems())).anyMatch(s -> s.startsWith("2021")); //$NON-NLS-1$
				handlers.executeCommand(NEXT_GROUPING, null);
				handlers.executeCommand(NEXT_GROUPING, null);
				assertThat(labels(projectItem(view.viewer().getTree()).getItems())).containsExactly("corpus (10)"); //$NON-NLS-1$
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
	}

	@Test
	void viewerShowsTheDecodedTextOfAGbkFileInACjkFont() throws Exception {
		Document gbk = project.documents().stream()
				.filter(d -> d.current().sourceName().equals("08-county-notice-gbk.txt")).findFirst().orElseThrow(); //$NON-NLS-1$
		String expected = new String(Files.readAllBytes(TestData.samplesDir().resolve("08-county-notice-gbk.txt")), //$NON-NLS-1$
				Charset.forName("GB18030")); //$NON-NLS-1$
		DocumentViewerEditor viewer = Workbench
				.sync(() -> (DocumentViewerEditor) OpenDocumentHandler.open(Workbench.page(), new DocumentNode(project, gbk)));
		Workbench.waitUntil(() -> viewer.textWidget().getText().length() > 100, 30);
		Workbench.run(() -> {
			assertThat(viewer.textWidget().getText()).isEqualTo(expected);
			assertThat(viewer.textWidget().getWordWrap()).isTrue();
			assertThat(viewer.textWidget().getEditable()).isFalse();
			assertThat(viewer.getPartName()).isEqualTo(gbk.displayName());
			String family = CjkFonts.findFamily(viewer.textWidget().getDisplay()).orElse(null);
			if (family != null) {
				assertThat(viewer.textFont().getFontData()[0].getName()).isEqualTo(family);
			} else {
				assertThat(viewer.fontNote().getText()).contains("fonts-noto-cjk"); //$NON-NLS-1$
			}
			int at = expected.indexOf('\n') + 1;
			viewer.textWidget().setCaretOffset(at);
			assertThat(viewer.caretMessage()).contains(" " + expected.codePointCount(0, at) + " ") //$NON-NLS-1$ //$NON-NLS-2$
					.contains(String.valueOf(expected.codePointCount(0, expected.length())));
		});
	}

	private static TreeItem projectItem(Tree tree) {
		return Arrays.stream(tree.getItems()).filter(i -> i.getText().startsWith("UiSample")).findFirst() //$NON-NLS-1$
				.orElse(null);
	}

	private static List<String> labels(TreeItem[] items) {
		List<String> out = new ArrayList<>();
		for (TreeItem i : items) {
			out.add(i.getText());
		}
		return out;
	}
}
