package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.ui.internal.coding.Coding;
import org.duizhao.annotations.ui.internal.handlers.CodePicker;
import org.duizhao.annotations.ui.internal.viewer.AnnotationOverlay;
import org.duizhao.annotations.ui.internal.viewer.Mark;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.TextHovers;
import org.duizhao.corpus.ui.ViewerOptions;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Codes passages in the real document viewer: through the code picker and a shortcut key; checks
 * the stored code point offsets, the highlight at the right UTF-16 indices, the hover, and that
 * Undo and Redo take the coding back and forth.
 */
class CodingWorkbenchTest {

	@TempDir
	Path temp;

	private AnnotatedProject fixture;

	@BeforeEach
	void setUp() throws Exception {
		Workbench.start();
		fixture = AnnotatedProject.create(temp);
	}

	@AfterEach
	void tearDown() throws Exception {
		fixture.close();
	}

	@Test
	void thePickerMakesACodeAndCodesTheSelectionAndUndoTakesItBack() throws Exception {
		DocumentPane pane = fixture.open();
		int s = AnnotatedProject.at("产业扶贫"); //$NON-NLS-1$
		CodePicker picker = Workbench.sync(() -> {
			pane.textWidget().setFocus();
			pane.textWidget().setSelection(s, s + 4);
			CodePicker p = new CodePicker(pane.textWidget().getShell(), pane.projectRoot());
			p.setBlockOnOpen(false);
			p.open();
			p.type("产业"); //$NON-NLS-1$
			p.accept();
			return p;
		});
		// the picker makes the new code in the background and closes when the store has it
		Workbench.waitUntil(() -> picker.chosen() != null && picker.getShell() == null, 30);
		assertThat(Workbench.sync(() -> picker.chosen().name())).isEqualTo("产业"); //$NON-NLS-1$
		IStatus coded = Workbench.sync(() -> Coding.apply(pane.textWidget().getShell(), pane, picker.chosen()))
				.get(30, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(coded.isOK()).as(coded.toString()).isTrue();
		List<Annotation> stored = fixture.store().annotations(AnnotationQuery.all());
		assertThat(stored).hasSize(1);
		Annotation a = stored.get(0);
		// 𠮷 is one code point but two UTF-16 units: the store counts code points
		assertThat(a.start()).isEqualTo(s - 1);
		assertThat(a.end()).isEqualTo(s + 3);
		assertThat(a.quote().exact()).isEqualTo("产业扶贫"); //$NON-NLS-1$
		assertThat(a.version()).isEqualTo(fixture.document.current().number());
		assertThat(a.coder()).isNotBlank();

		AnnotationOverlay overlay = Workbench.sync(() -> AnnotationOverlay.of(pane.textWidget()));
		Workbench.waitUntil(() -> overlay.marks().size() == 1, 10);
		Mark mark = Workbench.sync(() -> overlay.marks().get(0));
		assertThat(mark.start()).isEqualTo(s);
		assertThat(mark.end()).isEqualTo(s + 4);
		assertThat(Workbench.sync(() -> TextHovers.of(pane.textWidget()).describe(s + 1))).contains("产业") //$NON-NLS-1$
				.contains(a.coder());

		// hiding pinyin glosses keeps the text, and so every highlight, where it is
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		Workbench.run(() -> {
			try {
				handlers.executeCommand(ViewerOptions.HIDE_GLOSSES, null);
				assertThat(pane.textWidget().getText()).isEqualTo(AnnotatedProject.TEXT);
				int gloss = AnnotatedProject.at("(jiān)"); //$NON-NLS-1$
				assertThat(pane.textWidget().getStyleRangeAtOffset(gloss).metrics.width).isZero();
				assertThat(overlay.marks().get(0).start()).isEqualTo(s);
				handlers.executeCommand(ViewerOptions.HIDE_GLOSSES, null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});

		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		IUndoContext context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		Workbench.run(() -> assertThat(history.getUndoOperation(context).getLabel()).contains("产业")); //$NON-NLS-1$
		Workbench.sync(() -> history.undo(context, null, null));
		AnnotatedProject.settle();
		assertThat(fixture.store().annotations(AnnotationQuery.all())).isEmpty();
		Workbench.waitUntil(() -> overlay.marks().isEmpty(), 10);
		Workbench.sync(() -> history.redo(context, null, null));
		AnnotatedProject.settle();
		assertThat(fixture.store().annotations(AnnotationQuery.all())).hasSize(1);
		Workbench.waitUntil(() -> overlay.marks().size() == 1, 10);
	}

	@Test
	void aShortcutKeyCodesTheSelectionAndOverlapsGetTheirOwnLayer() throws Exception {
		Code education = fixture.store().createCode(null, "教育", "#9fc5e8", null, "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Code village = fixture.store().createCode(null, "乡村", "#b6d7a8", null, "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		DocumentPane pane = fixture.open();
		AnnotationOverlay overlay = Workbench.sync(() -> AnnotationOverlay.of(pane.textWidget()));
		Workbench.waitUntil(() -> overlay.codes().get(village.id()).isPresent(), 10);
		int s = AnnotatedProject.at("加强教育扶贫，改善乡村学校"); //$NON-NLS-1$
		press(pane, s, s + 6, '1');
		press(pane, s + 9, s + 13, '2');
		Workbench.waitUntil(() -> overlay.marks().size() == 2, 10);
		press(pane, s + 4, s + 11, '1');
		Workbench.waitUntil(() -> overlay.marks().size() == 3, 10);
		List<Mark> marks = Workbench.sync(overlay::marks);
		assertThat(marks).extracting(Mark::layer).containsExactly(0, 1, 0);
		assertThat(fixture.store().codeCounts()).containsEntry(education.id(), 2).containsEntry(village.id(), 1);
	}

	private static void press(DocumentPane pane, int start, int end, char key) throws Exception {
		Workbench.run(() -> {
			pane.textWidget().setSelection(start, end);
			Event e = new Event();
			e.character = key;
			e.keyCode = key;
			pane.textWidget().notifyListeners(SWT.KeyDown, e);
		});
	}
}
