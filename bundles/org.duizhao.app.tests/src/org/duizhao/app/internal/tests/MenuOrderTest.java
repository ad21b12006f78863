package org.duizhao.app.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.duizhao.testing.ui.Workbench;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main menus in the product's order, with every bundle's contributions in their groups: a
 * contribution whose group is missing lands at the top of its menu (Import Annotations above New
 * Project, the analysis views above the workbench's Show View), which is what these catch.
 */
class MenuOrderTest {

	private static final String SHOW_VIEW_COMMAND = "org.eclipse.ui.views.showView"; //$NON-NLS-1$

	@BeforeAll
	static void start() throws InterruptedException {
		Workbench.start();
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	@Test
	void menuBarHasFileEditProjectDocumentAnnotateWindow() throws Exception {
		List<String> bar = Workbench.sync(() -> MenuItems.menuBar(shell()));

		assertThat(bar).containsSubsequence("file", "edit", "project", "document", "annotate", "window"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertThat(bar.get(0)).isEqualTo("file"); //$NON-NLS-1$
		assertThat(bar.get(bar.size() - 1)).isEqualTo("window"); //$NON-NLS-1$
	}

	@Test
	void fileMenuGoesFromNewProjectThroughImportAndExportToExit() throws Exception {
		List<String> file = Workbench.sync(() -> MenuItems.ids(shell(), "file")); //$NON-NLS-1$

		assertThat(file).as("File menu").containsSubsequence( //
				"org.duizhao.corpus.ui.newProject", "org.duizhao.corpus.ui.openProject", MenuItems.SEPARATOR, //$NON-NLS-1$ //$NON-NLS-2$
				"org.duizhao.corpus.ui.importFiles", "org.duizhao.corpus.ui.importFolder", //$NON-NLS-1$ //$NON-NLS-2$
				"org.duizhao.annotations.ui.importAnnotations", MenuItems.SEPARATOR, //$NON-NLS-1$
				"org.duizhao.report.ui.exportMenu", "org.duizhao.annotations.ui.exportAnnotations", //$NON-NLS-1$ //$NON-NLS-2$
				MenuItems.SEPARATOR, "org.eclipse.ui.file.exit"); //$NON-NLS-1$
		assertThat(file.get(0)).as("first item of %s", file).isEqualTo("org.duizhao.corpus.ui.newProject"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(file.get(file.size() - 1)).as("last item of %s", file).isEqualTo("org.eclipse.ui.file.exit"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void editMenuHasUndoRedoThenTheClipboardThenFind() throws Exception {
		List<String> edit = Workbench.sync(() -> MenuItems.ids(shell(), "edit")); //$NON-NLS-1$

		assertThat(edit).as("Edit menu").containsSubsequence("org.eclipse.ui.edit.undo", "org.eclipse.ui.edit.redo", //$NON-NLS-1$ //$NON-NLS-2$
				MenuItems.SEPARATOR, "org.eclipse.ui.edit.cut", "org.eclipse.ui.edit.copy", "org.eclipse.ui.edit.paste", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"org.eclipse.ui.edit.selectAll", MenuItems.SEPARATOR, SHOW_VIEW_COMMAND); //$NON-NLS-1$
		assertThat(edit.get(0)).as("first item of %s", edit).isEqualTo("org.eclipse.ui.edit.undo"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void windowMenuShowsViewsFirstAndPreferencesLast() throws Exception {
		List<String> window = Workbench.sync(() -> MenuItems.ids(shell(), "window")); //$NON-NLS-1$

		assertThat(window.get(0)).as("first item of %s", window).isEqualTo("showView"); //$NON-NLS-1$ //$NON-NLS-2$
		int firstView = window.indexOf(SHOW_VIEW_COMMAND);
		int lastView = window.lastIndexOf(SHOW_VIEW_COMMAND);
		// Documents, Properties, Progress, Shared Passages, Search, Phrase Diffusion, Corpus Reuse, Distinctive Vocabulary
		assertThat(Collections.frequency(window, SHOW_VIEW_COMMAND)).as("view items in %s", window).isEqualTo(8);
		assertThat(window.subList(firstView, lastView + 1)).as("the view items together in %s", window)
				.containsOnly(SHOW_VIEW_COMMAND);
		assertThat(window).as("Window menu").containsSubsequence("showView", MenuItems.SEPARATOR, SHOW_VIEW_COMMAND, //$NON-NLS-1$
				MenuItems.SEPARATOR, "org.eclipse.ui.window.resetPerspective", MenuItems.SEPARATOR, //$NON-NLS-1$
				"org.eclipse.ui.window.preferences"); //$NON-NLS-1$
		assertThat(window.get(window.size() - 1)).as("last item of %s", window).isEqualTo("org.eclipse.ui.window.preferences"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
