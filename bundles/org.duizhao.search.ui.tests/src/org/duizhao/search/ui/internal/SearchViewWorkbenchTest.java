package org.duizhao.search.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.DocumentPanes;
import org.duizhao.search.core.SearchHit;
import org.duizhao.testing.MessageFiles;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Search view on a real workbench: a traditional query finds simplified text, the table sorts
 * by either side and groups by document, and a double-click opens the viewer with the hit selected.
 */
class SearchViewWorkbenchTest {

	private static final String FIRST = "𠮷祥村扶贫报告\n一、坚持精准扶贫，发展特色农业。\n二、巩固精准扶贫成果。\n";
	private static final String SECOND = "鄰村報告\n持續推進精準扶貧，改善鄉村學校。\n";

	@TempDir
	Path temp;
	private Project project;

	@BeforeEach
	void setUp() throws Exception {
		Workbench.start();
		Path in = Files.createDirectories(temp.resolve("in"));
		List<Path> files = new ArrayList<>();
		files.add(Files.writeString(in.resolve("first.txt"), FIRST, StandardCharsets.UTF_8));
		files.add(Files.writeString(in.resolve("second.txt"), SECOND, StandardCharsets.UTF_8));
		project = CorpusUiPlugin.getDefault().projects().create(temp.resolve("project"), "SearchUi"); //$NON-NLS-1$
		new Importer(project, ImportOptions.defaults()).importFiles(files, null);
		CorpusUiPlugin.getDefault().projects().fire(project);
	}

	@AfterEach
	void tearDown() throws Exception {
		Workbench.run(() -> {
			Workbench.page().closeAllEditors(false);
			org.eclipse.ui.IViewPart view = Workbench.page().findView(SearchView.ID);
			if (view != null) {
				Workbench.page().hideView(view); // each test starts with a fresh view
			}
		});
		CorpusUiPlugin.getDefault().projects().close(project);
		// closing the project cancels the index jobs; wait for them to stop before the folder goes
		org.eclipse.core.runtime.jobs.Job.getJobManager().join(Indexes.family(project), null);
	}

	@Test
	void searchesSortsGroupsAndRevealsAHit() throws Exception {
		SearchView view = Workbench.sync(() -> (SearchView) Workbench.page().showView(SearchView.ID));
		Workbench.run(() -> {
			view.form().setProjects(CorpusUiPlugin.getDefault().projects().all());
			view.form().project.select(view.form().project.indexOf("SearchUi")); //$NON-NLS-1$
			view.form().query.setText("精準扶貧"); //$NON-NLS-1$
			view.search();
		});
		Workbench.waitUntil(() -> rows(view).size() == 3, 30);
		Workbench.run(() -> {
			assertThat(view.statusText()).contains("3").contains("2");
			// the documents' order is the project's (by import time): either may come first
			assertThat(rows(view)).extracting(i -> i.getText(2)).containsExactlyInAnyOrder("精准扶贫", "精准扶贫", "精準扶貧"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			view.table().sortBy(ConcordanceViewer.Sort.RIGHT);
			assertThat(rows(view)).extracting(i -> i.getText(3))
					.isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.CHINA)::compare);
			view.table().sortBy(ConcordanceViewer.Sort.DOCUMENT);
			view.form().grouped.setSelection(true);
			view.form().grouped.notifyListeners(SWT.Selection, new Event());
			Tree tree = view.table().viewer().getTree();
			assertThat(tree.getItemCount()).isEqualTo(2);
			assertThat(List.of(tree.getItem(0).getItemCount(), tree.getItem(1).getItemCount())).containsExactlyInAnyOrder(2, 1);
			view.form().grouped.setSelection(false);
			view.form().grouped.notifyListeners(SWT.Selection, new Event());
		});
		SearchHit hit = Workbench.sync(() -> rows(view).stream().map(i -> (SearchHit) i.getData())
				.filter(h -> h.match().equals("精準扶貧")).findFirst().orElseThrow()); //$NON-NLS-1$
		assertThat(hit.match()).isEqualTo("精準扶貧"); //$NON-NLS-1$
		Workbench.run(() -> {
			view.table().viewer().setSelection(new StructuredSelection(hit));
			Tree tree = view.table().viewer().getTree();
			tree.notifyListeners(SWT.DefaultSelection, selectionEvent(tree));
		});
		Workbench.waitUntil(() -> selectedText().equals("精準扶貧"), 30); //$NON-NLS-1$
		IEditorPart editor = Workbench.sync(() -> Workbench.page().getActiveEditor());
		assertThat(editor.getAdapter(DocumentPanes.class)).isNotNull();
		assertThat(editor.getTitle()).isEqualTo("鄰村報告"); //$NON-NLS-1$
	}

	@Test
	void aMalformedQueryIsExplainedInTheView() throws Exception {
		SearchView view = Workbench.sync(() -> (SearchView) Workbench.page().showView(SearchView.ID));
		Workbench.run(() -> {
			view.form().setProjects(CorpusUiPlugin.getDefault().projects().all());
			view.form().project.select(view.form().project.indexOf("SearchUi")); //$NON-NLS-1$
			view.form().query.setText("(扶贫"); //$NON-NLS-1$
			view.search();
		});
		Workbench.waitUntil(() -> view.statusText().contains("parenthesis"), 30); //$NON-NLS-1$
	}

	/**
	 * The start-up switch's entry point fills in the form and searches; a left context too long for
	 * its column keeps its end, the side next to the match, and loses its beginning.
	 */
	@Test
	void aNarrowLeftColumnKeepsTheContextNextToTheMatch() throws Exception {
		SearchView view = Workbench.sync(() -> (SearchView) Workbench.page().showView(SearchView.ID));
		Workbench.run(() -> assertThat(view.statusText()).isEqualTo(Messages.Status_ready));
		Workbench.run(() -> view.search(project, "成果", false)); //$NON-NLS-1$
		Workbench.waitUntil(() -> rows(view).size() == 1, 30);
		Workbench.run(() -> {
			assertThat(view.form().query.getText()).isEqualTo("成果"); //$NON-NLS-1$
			SearchHit hit = (SearchHit) rows(view).get(0).getData();
			Tree tree = view.table().viewer().getTree();
			tree.getColumn(1).setWidth(2000);
			view.table().viewer().refresh();
			assertThat(rows(view).get(0).getText(1)).isEqualTo(hit.left());
			tree.getColumn(1).setWidth(16 + 4 * tree.getFont().getFontData()[0].getHeight() * 2);
			view.table().viewer().refresh();
			String shown = rows(view).get(0).getText(1);
			assertThat(shown).startsWith("\u2026").hasSizeLessThan(hit.left().length()); //$NON-NLS-1$
			assertThat(hit.left()).endsWith(shown.substring(1));
		});
	}

	@Test
	void messagesAreTranslated() {
		MessageFiles.check(Messages.class);
	}

	private static Event selectionEvent(Tree tree) {
		Event e = new Event();
		e.item = tree.getSelection()[0];
		return e;
	}

	/** @return the top rows; call on the UI thread */
	private static List<TreeItem> rows(SearchView view) {
		return List.of(view.table().viewer().getTree().getItems());
	}

	/** @return the text selected in the active viewer; call on the UI thread */
	private static String selectedText() {
		IEditorPart editor = Workbench.page().getActiveEditor();
		DocumentPanes panes = editor == null ? null : editor.getAdapter(DocumentPanes.class);
		return panes == null || panes.panes().isEmpty() ? "" : panes.panes().get(0).textWidget().getSelectionText(); //$NON-NLS-1$
	}
}
