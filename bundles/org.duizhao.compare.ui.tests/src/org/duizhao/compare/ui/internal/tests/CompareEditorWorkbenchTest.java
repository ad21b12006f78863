package org.duizhao.compare.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.duizhao.compare.core.CompareResult;
import org.duizhao.compare.core.Hunk;
import org.duizhao.compare.ui.internal.editor.CompareEditor;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.ui.internal.explorer.DocumentExplorerView;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.testing.TestData;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * The whole way a researcher goes: two sample documents imported into a project, both selected in
 * the explorer, the Compare command, then the compare editor's highlights and Next Change.
 */
class CompareEditorWorkbenchTest extends WithImportedProject {

	private static final String COMPARE = "org.duizhao.corpus.ui.compare"; //$NON-NLS-1$
	private static final String NEXT = "org.duizhao.compare.ui.nextChange"; //$NON-NLS-1$

	@Test
	void compareCommandOpensTheEditorWithHighlightsAndNextChange() throws Exception {
		project = ImportedProject.create(temp.resolve("p"), "CompareUi", List.of(TestData.sample("04-speech-news.txt"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				TestData.sample("09-speech-big5.txt"))); //$NON-NLS-1$
		List<DocumentNode> nodes = project.documents().stream().sorted(
				java.util.Comparator.comparing((Document d) -> d.current().sourceName()))
				.map(d -> new DocumentNode(project, d)).toList();

		Workbench.run(() -> {
			try {
				DocumentExplorerView view = (DocumentExplorerView) Workbench.page().showView(DocumentExplorerView.ID);
				view.viewer().setSelection(new StructuredSelection(nodes), true);
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMPARE, null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		Workbench.waitUntil(() -> Workbench.page().getActiveEditor() instanceof CompareEditor editor
				&& editor.widget().result() != null, 60);

		CompareEditor editor = Workbench.sync(() -> (CompareEditor) Workbench.page().getActiveEditor());
		Workbench.run(() -> {
			CompareResult result = editor.widget().result();
			StyledText a = editor.widget().pane(Side.A).text();
			StyledText b = editor.widget().pane(Side.B).text();
			assertThat(a.getText()).isEqualTo(result.a().text().original());
			assertThat(b.getText()).isEqualTo(result.b().text().original());
			assertThat(result.hunks()).isNotEmpty();
			// the default settings ignore script: the traditional speech shares text with the simplified report
			assertThat(result.metrics().similarity()).isGreaterThan(0.2);
			for (Hunk h : result.hunks()) {
				if (!h.a().isEmpty()) {
					assertThat(background(a, h.a().start())).as("A %s", h).isNotNull();
				}
				if (!h.b().isEmpty()) {
					assertThat(background(b, h.b().start())).as("B %s", h).isNotNull();
				}
			}
			try {
				IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
				for (int k = 0; k < 3; k++) {
					handlers.executeCommand(NEXT, null);
					Hunk h = result.hunks().get(k);
					assertThat(a.getSelection()).isEqualTo(new Point(h.a().start(), h.a().end()));
					assertThat(b.getSelection()).isEqualTo(new Point(h.b().start(), h.b().end()));
				}
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		IEditorPart active = Workbench.sync(() -> Workbench.page().getActiveEditor());
		assertThat(active.getTitle()).contains("\u2194"); //$NON-NLS-1$
	}

	private static Object background(StyledText text, int offset) {
		StyleRange style = text.getStyleRangeAtOffset(offset);
		return style == null ? null : style.background;
	}
}
