package org.duizhao.compare.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.duizhao.compare.core.Granularity;
import org.duizhao.compare.ui.internal.CompareUi;
import org.duizhao.compare.ui.internal.editor.CompareEditor;
import org.duizhao.compare.ui.internal.editor.DocumentRef;
import org.duizhao.compare.ui.internal.editor.HeaderLine;
import org.duizhao.compare.ui.internal.handlers.CompareHandler;
import org.duizhao.compare.ui.internal.prefs.ComparePreferences;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.testing.TestData;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compare editor fits the window: at 1024×768 and 1400×900, in the default layout and
 * maximized, every tool bar item can be seen and clicked inside the editor, the header's text is
 * not cut (a shortened header carries the whole text in its tool tip), and a comparison opens
 * maximized unless the preference says to keep the layout.
 */
class CompareEditorFitTest {

	private static Path temp;
	private static Project project;
	private static DocumentRef a;
	private static DocumentRef b;

	@BeforeAll
	static void importSamples() throws Exception {
		temp = Files.createTempDirectory("fit"); //$NON-NLS-1$
		project = ImportedProject.create(temp.resolve("p"), "Fit", List.of(TestData.sample("04-speech-news.txt"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				TestData.sample("09-speech-big5.txt"))); //$NON-NLS-1$
		List<Document> docs = project.documents().stream()
				.sorted(Comparator.comparing((Document d) -> d.current().sourceName())).toList();
		a = ref(docs.get(0));
		b = ref(docs.get(1));
	}

	private static DocumentRef ref(Document d) {
		return ImportedProject.ref(project, d);
	}

	@AfterEach
	void closeEditors() throws Exception {
		Workbench.run(() -> {
			IWorkbenchPage page = Workbench.page();
			if (page.getActiveEditor() != null) {
				page.setPartState(page.getReference(page.getActiveEditor()), IWorkbenchPage.STATE_RESTORED);
			}
			page.closeAllEditors(false);
		});
		prefs().remove(ComparePreferences.OPEN_MODE);
	}

	@AfterAll
	static void closeProject() {
		CorpusUiPlugin.getDefault().projects().close(project);
	}

	@ParameterizedTest(name = "{0}x{1}, {2}")
	@CsvSource({ "1024, 768, keep", "1024, 768, maximize", "1400, 900, keep", "1400, 900, maximize" })
	void everyToolItemAndTheHeaderCanBeSeen(int width, int height, String mode) throws Exception {
		prefs().put(ComparePreferences.OPEN_MODE, mode);
		CompareEditor editor = open(width, height);
		Workbench.run(() -> {
			for (ToolItem item : editor.toolbar().items()) {
				assertThat(visible(item)).as("tool item '%s' %s", label(item), item.getBounds()).isTrue();
			}
			for (CLabel title : editor.widget().titleLabels()) {
				assertThat(visible(title, title.getBounds())).as("title %s", title.getText()).isTrue();
				assertThat(title.getToolTipText()).as("title's tool tip").isNotBlank();
			}
			assertFits(editor.header().summaryLabel(), editor.header().fullSummary());
			editor.widget().next();
			assertFits(editor.header().currentLabel(), null);
		});
	}

	@Test
	void theNavigationToolTipsNameTheirKeys() throws Exception {
		CompareEditor editor = open(1400, 900);
		Workbench.run(() -> {
			List<ToolItem> items = editor.toolbar().navigationItems();
			items.get(0).getParent().notifyListeners(SWT.MouseEnter, new Event()); // as the pointer does
			assertThat(items.get(0).getToolTipText()).contains(keys("M3+ARROW_UP"), keys("M1+,")); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(items.get(1).getToolTipText()).contains(keys("M3+ARROW_DOWN"), keys("M1+.")); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	@Test
	void oneGranularityIsSelectedAtATime() throws Exception {
		CompareEditor editor = open(1400, 900);
		Workbench.run(() -> {
			ToolItem word = editor.toolbar().granularityItem(Granularity.WORD);
			word.setSelection(true);
			word.notifyListeners(SWT.Selection, new Event()); // as a click does
			for (Granularity g : Granularity.values()) {
				assertThat(editor.toolbar().granularityItem(g).getSelection()).as("%s", g).isEqualTo(g == Granularity.WORD);
			}
			assertThat(editor.settings().granularity()).isEqualTo(Granularity.WORD);
		});
	}

	@Test
	void aComparisonOpensMaximizedByDefault() throws Exception {
		CompareEditor editor = open(1024, 768);
		assertThat(Workbench.sync(() -> Workbench.page().getPartState(Workbench.page().getReference(editor))))
				.isEqualTo(IWorkbenchPage.STATE_MAXIMIZED);
	}

	@Test
	void theLayoutIsKeptWhenThePreferenceSaysSo() throws Exception {
		prefs().put(ComparePreferences.OPEN_MODE, ComparePreferences.KEEP);
		CompareEditor editor = open(1024, 768);
		assertThat(Workbench.sync(() -> Workbench.page().getPartState(Workbench.page().getReference(editor))))
				.isEqualTo(IWorkbenchPage.STATE_RESTORED);
	}

	/** @return the keys as the workbench writes them (e.g. Alt+↑) */
	private static String keys(String sequence) {
		try {
			return KeySequence.getInstance(sequence).format();
		} catch (ParseException e) {
			throw new AssertionError(e);
		}
	}

	private static CompareEditor open(int width, int height) throws Exception {
		Workbench.run(() -> {
			Shell shell = Workbench.page().getWorkbenchWindow().getShell();
			shell.setBounds(0, 0, width, height);
			shell.layout(true, true);
		});
		CompareEditor editor = Workbench.sync(() -> CompareHandler.open(Workbench.page(), a, b));
		Workbench.waitUntil(() -> editor.widget().result() != null
				&& !editor.header().summaryLabel().getText().isEmpty(), 60);
		Workbench.run(() -> {
			Display display = Display.getCurrent();
			Workbench.page().getWorkbenchWindow().getShell().layout(true, true);
			while (display.readAndDispatch()) {
				// let the layout settle
			}
		});
		return editor;
	}

	private static void assertFits(Label label, String full) {
		GC gc = new GC(label);
		try {
			int needed = gc.textExtent(label.getText()).x;
			assertThat(needed).as("width of '%s'", label.getText()).isLessThanOrEqualTo(label.getSize().x);
		} finally {
			gc.dispose();
		}
		assertThat(visible(label, label.getBounds())).as("label '%s' %s", label.getText(), label.getBounds())
				.isTrue();
		if (full != null && !full.equals(label.getText())) {
			assertThat(label.getToolTipText()).as("tool tip of a shortened header").contains(full);
		}
	}

	/** @return whether the item lies, whole and not empty, inside every ancestor up to the shell */
	private static boolean visible(ToolItem item) {
		return visible(item.getParent(), item.getBounds()) && item.getBounds().width > 0;
	}

	private static boolean visible(Control control, Rectangle bounds) {
		Display display = control.getDisplay();
		boolean item = control instanceof ToolBar;
		Composite parent = item ? (Composite) control : control.getParent();
		Rectangle rect = display.map(item ? control : parent, null, bounds);
		for (Composite c = parent; c != null; c = c.getParent()) {
			Rectangle area = display.map(c, null, c.getClientArea());
			if (!area.intersection(rect).equals(rect) || !c.isVisible()) {
				return false;
			}
		}
		return rect.width > 0 && rect.height > 0;
	}

	private static String label(ToolItem item) {
		return item.getText().isEmpty() ? item.getToolTipText() : item.getText();
	}

	private static IEclipsePreferences prefs() {
		return InstanceScope.INSTANCE.getNode(CompareUi.ID);
	}
}
