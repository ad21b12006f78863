package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.ui.internal.views.AnnotationsView;
import org.duizhao.annotations.ui.internal.views.CodesView;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Codes and Annotations views on a real workbench: counts with and without sub-codes, the
 * filters (codes selected in the Codes view, coder, text), double-click revealing a passage, and
 * a code made through another store instance on the same file (as the CLI would) appearing without a restart.
 */
class ViewsWorkbenchTest extends WithAnnotatedProject {

	private Code policy;
	private Code industry;
	private Code education;

	@BeforeEach
	void setUp() throws Exception {
		policy = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		industry = store.createCode(policy.id(), "产业", null, null, null); //$NON-NLS-1$
		education = store.createCode(policy.id(), "教育", null, null, null); //$NON-NLS-1$
		annotate("产业扶贫", List.of(industry.id()), "alice"); //$NON-NLS-1$ //$NON-NLS-2$
		annotate("教育扶贫", List.of(education.id(), policy.id()), "bob"); //$NON-NLS-1$ //$NON-NLS-2$
		annotate("生态保护", List.of(policy.id()), "alice"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void codesViewShowsTheTreeWithOwnAndSubTreeCounts() throws Exception {
		CodesView view = Workbench.sync(() -> (CodesView) AnnotatedProject.page().showView(CodesView.ID));
		Workbench.run(view::refresh);
		// the view loads in the background: a load started by the codes made in setUp may show the
		// tree before the annotations are counted, so wait for the counts, not only for the tree
		Workbench.waitUntil(() -> view.viewer().getTree().getItemCount() == 1
				&& !"0".equals(view.viewer().getTree().getItem(0).getText(1)), 10); //$NON-NLS-1$
		Workbench.run(() -> {
			view.viewer().expandAll();
			TreeItem root = view.viewer().getTree().getItem(0);
			assertThat(root.getText(0)).isEqualTo("扶贫"); //$NON-NLS-1$
			assertThat(root.getText(1)).isEqualTo("2"); //$NON-NLS-1$
			assertThat(root.getText(2)).isEqualTo("4"); //$NON-NLS-1$
			assertThat(root.getItems()).extracting(i -> i.getText(0) + "=" + i.getText(1)) //$NON-NLS-1$
					.containsExactly("产业=1", "教育=1"); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	@Test
	void annotationsViewFiltersByCodeSelectionCoderAndText() throws Exception {
		AnnotationsView annotations = Workbench
				.sync(() -> (AnnotationsView) AnnotatedProject.page().showView(AnnotationsView.ID));
		Workbench.run(annotations::refresh);
		Workbench.waitUntil(() -> annotations.rows().size() == 3, 10);
		CodesView codes = Workbench.sync(() -> (CodesView) AnnotatedProject.page().showView(CodesView.ID));
		Workbench.run(codes::refresh);
		// the view may still show the codes of the project an earlier test had open
		Workbench.waitUntil(() -> codes.viewer().getTree().getItemCount() == 1
				&& codes.counts().tree().get(industry.id()).isPresent(), 10);

		Workbench.run(() -> codes.viewer().setSelection(new StructuredSelection(codes.counts().tree().get(industry.id()).get())));
		Workbench.waitUntil(() -> quotes(annotations).equals(List.of("产业扶贫")), 10); //$NON-NLS-1$
		Workbench.run(() -> codes.viewer().setSelection(new StructuredSelection(codes.counts().tree().get(policy.id()).get())));
		Workbench.waitUntil(() -> annotations.rows().size() == 3, 10);

		Workbench.run(() -> annotations.setCoder("bob")); //$NON-NLS-1$
		Workbench.waitUntil(() -> quotes(annotations).equals(List.of("教育扶贫")), 10); //$NON-NLS-1$
		Workbench.run(() -> annotations.setCoder(null));
		Workbench.run(() -> annotations.setSearchText("生态")); //$NON-NLS-1$
		Workbench.waitUntil(() -> quotes(annotations).equals(List.of("生态保护")), 10); //$NON-NLS-1$
		Workbench.run(() -> {
			assertThat(annotations.table().getTable().getItem(0).getText(2)).isEqualTo("扶贫"); //$NON-NLS-1$
			assertThat(annotations.table().getTable().getItem(0).getText(3)).isEqualTo("alice"); //$NON-NLS-1$
		});
	}

	@Test
	void doubleClickRevealsThePassageInTheViewer() throws Exception {
		AnnotationsView annotations = Workbench
				.sync(() -> (AnnotationsView) AnnotatedProject.page().showView(AnnotationsView.ID));
		Workbench.run(annotations::refresh);
		Workbench.waitUntil(() -> annotations.rows().size() == 3, 10);
		Annotation eco = annotations.rows().stream().filter(a -> a.quote().exact().equals("生态保护")).findFirst() //$NON-NLS-1$
				.orElseThrow();
		Workbench.run(() -> {
			annotations.table().setSelection(new StructuredSelection(eco));
			annotations.reveal();
		});
		DocumentPane pane = fixture.open();
		int s = AnnotatedProject.at("生态保护"); //$NON-NLS-1$
		Workbench.waitUntil(() -> pane.textWidget().getSelection().x == s && pane.textWidget().getSelection().y == s + 4, 10);
	}

	@Test
	void aCodeMadeByAnotherWriterAppearsWithoutARestart() throws Exception {
		CodesView view = Workbench.sync(() -> (CodesView) AnnotatedProject.page().showView(CodesView.ID));
		Workbench.run(view::refresh);
		Workbench.waitUntil(() -> view.viewer().getTree().getItemCount() == 1, 10);
		// another store instance on the same file, as the CLI in another process would open it
		try (AnnotationStore other = AnnotationStores.open(fixture.project.folder())) {
			other.createCode(null, "生态", "#a2c4c9", null, null); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Workbench.waitUntil(() -> view.viewer().getTree().getItemCount() == 2, 10);
		Workbench.run(() -> assertThat(view.viewer().getTree().getItem(1).getText(0)).isEqualTo("生态")); //$NON-NLS-1$
	}

	private static List<String> quotes(AnnotationsView view) {
		return view.rows().stream().map(a -> a.quote().exact()).toList();
	}
}
