package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.ui.internal.coding.CodingTarget;
import org.duizhao.annotations.ui.internal.handlers.LinkPassagesHandler;
import org.duizhao.annotations.ui.internal.viewer.AnnotationOverlay;
import org.duizhao.annotations.ui.internal.views.LinksView;
import org.duizhao.annotations.ui.internal.views.UnanchoredView;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.DocumentPanes;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.explorer.DocumentExplorerView;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.duizhao.corpus.ui.internal.jobs.ImportJob;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coding and linking in the compare editor (each pane is a document pane), the Links view, and
 * re-attaching an unanchored annotation from the Unanchored Annotations view.
 */
class CompareAndLinksWorkbenchTest {

	private static final String OTHER = "祥和村扶贫工作报告\n\n一、坚持产业扶贫，发展特色种植业。\n二、加强教育扶贫。\n"; //$NON-NLS-1$

	private static final String COMPARE = "org.duizhao.corpus.ui.compare"; //$NON-NLS-1$

	@TempDir
	Path temp;

	private Project project;

	@AfterEach
	void tearDown() throws Exception {
		Workbench.run(() -> AnnotatedProject.page().closeAllEditors(false));
		if (project != null) {
			CorpusUiPlugin.getDefault().projects().close(project);
		}
	}

	@Test
	void bothComparePanesCodeAndTwoPassagesLink() throws Exception {
		Workbench.start();
		Path a = temp.resolve("a.txt"); //$NON-NLS-1$
		Path b = temp.resolve("b.txt"); //$NON-NLS-1$
		Files.writeString(a, AnnotatedProject.TEXT, StandardCharsets.UTF_8);
		Files.writeString(b, OTHER, StandardCharsets.UTF_8);
		project = CorpusUiPlugin.getDefault().projects().create(temp.resolve("p"), "CompareAnnotate"); //$NON-NLS-1$ //$NON-NLS-2$
		ImportJob job = ImportJob.start(project, List.of(a, b), null);
		job.join(60_000, null);
		List<DocumentNode> nodes = project.documents().stream()
				.sorted(java.util.Comparator.comparing((Document d) -> d.current().sourceName()))
				.map(d -> new DocumentNode(project, d)).toList();
		AnnotationStore store = AnnotationStores.open(project.folder());
		Code code = store.createCode(null, "产业", null, null, "1"); //$NON-NLS-1$ //$NON-NLS-2$
		store.close();

		DocumentExplorerView view = Workbench
				.sync(() -> (DocumentExplorerView) AnnotatedProject.page().showView(DocumentExplorerView.ID));
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Workbench.waitUntil(() -> {
			view.viewer().setSelection(new StructuredSelection(nodes), true);
			return commands.getCommand(COMPARE).isEnabled();
		}, 30);
		Workbench.run(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(COMPARE, null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		Workbench.waitUntil(() -> panes() != null && panes().get(0).text() != null && panes().get(1).text() != null
				&& AnnotationOverlay.of(panes().get(1).textWidget()) != null, 60);
		// the pane showing our report, and the pane showing the other one, whichever side each is on
		DocumentPane left = Workbench.sync(() -> panes().stream().filter(p -> AnnotatedProject.TEXT.equals(p.text()))
				.findFirst().orElseThrow());
		DocumentPane right = Workbench.sync(() -> panes().stream().filter(p -> OTHER.equals(p.text())).findFirst()
				.orElseThrow());
		AnnotationOverlay overlay = Workbench.sync(() -> AnnotationOverlay.of(right.textWidget()));
		Workbench.waitUntil(() -> overlay.codes().get(code.id()).isPresent(), 10);
		int r = OTHER.indexOf("产业扶贫"); //$NON-NLS-1$
		Workbench.run(() -> {
			right.textWidget().setSelection(r, r + 4);
			Event e = new Event();
			e.character = '1';
			right.textWidget().notifyListeners(SWT.KeyDown, e);
		});
		Workbench.waitUntil(() -> overlay.marks().size() == 1, 10);
		assertThat(Workbench.sync(() -> overlay.marks().get(0).start())).isEqualTo(r);

		int l = AnnotatedProject.at("产业扶贫"); //$NON-NLS-1$
		CodingTarget from = Workbench.sync(() -> {
			left.textWidget().setSelection(l, l + 4);
			return CodingTarget.of(left).orElseThrow();
		});
		CodingTarget to = Workbench.sync(() -> CodingTarget.of(right).orElseThrow());
		AnnotationStore live = org.duizhao.annotations.ui.internal.AnnotationsUiPlugin.getDefault().stores()
				.store(project.folder());
		Link link = LinkPassagesHandler.create(live, from, to, "continues", "same policy line", "tester"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(live.linkTypes()).contains("continues"); //$NON-NLS-1$
		assertThat(live.annotation(link.fromId()).orElseThrow().start()).isEqualTo(l - 1);
		assertThat(live.annotation(link.toId()).orElseThrow().documentId()).isEqualTo(right.documentId());

		LinksView links = Workbench.sync(() -> (LinksView) AnnotatedProject.page().showView(LinksView.ID));
		Workbench.run(links::refresh);
		Workbench.waitUntil(() -> links.rows().size() == 1, 10);
		Workbench.run(() -> assertThat(links.table().getTable().getItem(0).getText(1)).isEqualTo("continues")); //$NON-NLS-1$
	}

	@Test
	void anUnanchoredAnnotationIsReattachedToTheViewersSelection() throws Exception {
		AnnotatedProject fixture = AnnotatedProject.create(temp);
		project = fixture.project;
		AnnotationStore store = fixture.store();
		String text = AnnotatedProject.TEXT;
		Annotation made = store.addAnnotation(new NewAnnotation(fixture.document.id(), 1, 3, 5,
				TextQuote.of(text, 3, 5), List.of(), "lost", "tester")); //$NON-NLS-1$ //$NON-NLS-2$
		store.updateAnnotation(made.withPosition(1, 3, 5, made.quote(), Anchoring.UNANCHORED));
		DocumentPane pane = fixture.open();
		UnanchoredView view = Workbench.sync(() -> (UnanchoredView) AnnotatedProject.page().showView(UnanchoredView.ID));
		Workbench.run(view::refresh);
		Workbench.waitUntil(() -> view.rows().size() == 1, 10);
		int s = AnnotatedProject.at("生态保护"); //$NON-NLS-1$
		Workbench.run(() -> {
			pane.textWidget().setSelection(s, s + 4);
			view.table().setSelection(new StructuredSelection(view.rows().get(0)));
			view.reattach();
		});
		AnnotatedProject.settle();
		Annotation back = store.annotation(made.id()).orElseThrow();
		assertThat(back.anchoring()).isEqualTo(Anchoring.ORIGINAL);
		assertThat(back.quote().exact()).isEqualTo("生态保护"); //$NON-NLS-1$
		assertThat(store.annotations(AnnotationQuery.unanchored())).isEmpty();
		Workbench.waitUntil(() -> view.rows().isEmpty(), 10);
	}

	private static List<DocumentPane> panes() {
		IEditorPart editor = AnnotatedProject.page().getActiveEditor();
		DocumentPanes panes = editor == null ? null : editor.getAdapter(DocumentPanes.class);
		return panes == null ? null : panes.panes();
	}
}
