package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.StoreListener;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.CodingTarget;
import org.duizhao.annotations.ui.internal.handlers.LinkPassagesHandler;
import org.duizhao.annotations.ui.internal.views.LinksView;
import org.duizhao.annotations.ui.internal.views.MemoDialog;
import org.duizhao.annotations.ui.internal.views.MemosView;
import org.duizhao.annotations.ui.internal.views.UnanchoredView;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.internal.jobs.ProjectRule;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memo edits, links and re-attached passages (store calls that are not steps in the undo history)
 * reach the store in the project's queue, off the UI thread: the UI thread returns while another
 * job holds the project, the store's listener hears the change on a job thread, and the store ends
 * as the synchronous call left it; a failure is shown with the store's message.
 */
class StoreCallsWorkbenchTest {

	@TempDir
	Path temp;

	private AnnotatedProject fixture;
	private AnnotationStore store;
	private final List<String> seen = new CopyOnWriteArrayList<>();
	private final StoreListener listener = change -> seen.add(Thread.currentThread().getName() + "|" //$NON-NLS-1$
			+ (Thread.currentThread() == Workbench.display().getThread()) + "|" + (org.eclipse.swt.widgets.Display.getCurrent() != null)); //$NON-NLS-1$

	@BeforeEach
	void setUp() throws Exception {
		fixture = AnnotatedProject.create(temp);
		store = fixture.store();
	}

	@AfterEach
	void tearDown() throws Exception {
		store.removeListener(listener);
		AnnotatedProject.settle();
		fixture.close();
	}

	@Test
	void aPassageMemoIsWrittenOffTheUiThread() throws Exception {
		Annotation a = store.addAnnotation(fixture.passage("教育扶贫", List.of(), "alice")); //$NON-NLS-1$ //$NON-NLS-2$
		Annotation stored = offTheUiThread(() -> MemoDialog.writePassageMemo(shell(), root(), a.withMemo("学校条件"))); //$NON-NLS-1$
		assertThat(stored.memo()).isEqualTo("学校条件"); //$NON-NLS-1$
		assertThat(store.annotation(a.id()).orElseThrow().memo()).isEqualTo("学校条件"); //$NON-NLS-1$
	}

	@Test
	void aProjectMemoIsUpdatedOffTheUiThread() throws Exception {
		Memo memo = store.createMemo(null, "总体", "初稿", "alice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		offTheUiThread(() -> MemosView.update(shell(), root(), memo.withText("总体思路", "二稿"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(store.allMemos()).extracting(Memo::title, Memo::text)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("总体思路", "二稿")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aLinkIsCreatedAndDeletedOffTheUiThread() throws Exception {
		DocumentPane pane = fixture.open();
		int f = AnnotatedProject.at("产业扶贫"); //$NON-NLS-1$
		int t = AnnotatedProject.at("教育扶贫"); //$NON-NLS-1$
		CodingTarget from = Workbench.sync(() -> CodingTarget.of(pane, f, f + 4).orElseThrow());
		CodingTarget to = Workbench.sync(() -> CodingTarget.of(pane, t, t + 4).orElseThrow());
		Link link = offTheUiThread(() -> LinkPassagesHandler.link(shell(), from, to, "并列", "两项措施")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(store.links()).extracting(Link::id, Link::type, Link::memo)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(link.id(), "并列", "两项措施")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(store.linkTypes()).contains("并列"); //$NON-NLS-1$
		assertThat(store.annotation(link.fromId()).orElseThrow().quote().exact()).isEqualTo("产业扶贫"); //$NON-NLS-1$
		assertThat(store.annotation(link.toId()).orElseThrow().quote().exact()).isEqualTo("教育扶贫"); //$NON-NLS-1$

		seen.clear();
		List<Link> links = store.links();
		offTheUiThread(() -> LinksView.delete(shell(), root(), links));
		assertThat(store.links()).isEmpty();
		assertThat(store.annotations(AnnotationQuery.all())).hasSize(2); // the passages stay
	}

	@Test
	void anUnanchoredPassageIsReattachedOffTheUiThread() throws Exception {
		String text = AnnotatedProject.TEXT;
		Annotation made = store.addAnnotation(fixture.passage("扶贫工作", List.of(), "alice")); //$NON-NLS-1$ //$NON-NLS-2$
		Annotation lost = store.updateAnnotation(made.withPosition(1, 3, 5, made.quote(), Anchoring.UNANCHORED));
		DocumentPane pane = fixture.open();
		int s = AnnotatedProject.at("生态保护"); //$NON-NLS-1$
		CodingTarget target = Workbench.sync(() -> CodingTarget.of(pane, s, s + 4).orElseThrow());
		offTheUiThread(() -> UnanchoredView.reattach(shell(), lost, target));
		Annotation back = store.annotation(made.id()).orElseThrow();
		assertThat(back.anchoring()).isEqualTo(Anchoring.ORIGINAL);
		assertThat(back.quote().exact()).isEqualTo("生态保护"); //$NON-NLS-1$
		assertThat(back.start()).isEqualTo(text.codePointCount(0, s));
		assertThat(store.annotations(AnnotationQuery.unanchored())).isEmpty();
	}

	@Test
	void aClosedStoreGivesAnErrorWithTheStoresMessage() throws Exception {
		Annotation a = store.addAnnotation(fixture.passage("教育扶贫", List.of(), "alice")); //$NON-NLS-1$ //$NON-NLS-2$
		store.close(); // the registry still hands it out: every call now fails
		CompletableFuture<Annotation> written = Workbench
				.sync(() -> MemoDialog.writePassageMemo(shell(), root(), a.withMemo("学校条件"))); //$NON-NLS-1$
		Workbench.waitUntil(() -> dialog(Messages.Memo_title) != null, 30);
		List<String> texts = Workbench.sync(() -> {
			Shell shell = dialog(Messages.Memo_title);
			List<String> all = new java.util.ArrayList<>();
			collect(shell, all);
			shell.close();
			return all;
		});
		assertThatThrownBy(() -> written.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.cause().isInstanceOf(StoreException.class);
		String message = written.handle((v, e) -> e.getMessage()).get();
		assertThat(message).isNotBlank();
		assertThat(texts).contains(message);
		AnnotationsUiPlugin.getDefault().stores().reopen(root());
		store = fixture.store();
		assertThat(store.annotation(a.id()).orElseThrow().memo()).isEqualTo(a.memo());
	}

	/**
	 * Runs {@code action} on the UI thread while the test holds the project (as an import would),
	 * checks that the store was not called meanwhile, then lets the queue run and checks that every
	 * change reached the store off the UI thread.
	 */
	private <T> T offTheUiThread(Callable<CompletableFuture<T>> action) throws Exception {
		store.addListener(listener);
		ProjectRule rule = new ProjectRule(root());
		CompletableFuture<T> future;
		Job.getJobManager().beginRule(rule, null);
		try {
			future = Workbench.sync(action);
			assertThat(future).isNotDone();
			assertThat(seen).as("the store was called before the project was free").isEmpty(); //$NON-NLS-1$
		} finally {
			Job.getJobManager().endRule(rule);
		}
		T result = future.get(30, TimeUnit.SECONDS);
		AnnotatedProject.settle();
		store.removeListener(listener);
		assertThat(seen).isNotEmpty();
		assertThat(seen).allSatisfy(s -> assertThat(s).as("no store call on the UI thread").endsWith("|false|false")); //$NON-NLS-1$ //$NON-NLS-2$
		return result;
	}

	private Path root() {
		return fixture.project.folder();
	}

	private static Shell shell() {
		return Workbench.display().getActiveShell() != null ? Workbench.display().getActiveShell()
				: AnnotatedProject.page().getWorkbenchWindow().getShell();
	}

	private static void collect(org.eclipse.swt.widgets.Control control, List<String> texts) {
		if (control instanceof org.eclipse.swt.widgets.Label l) {
			texts.add(l.getText());
		}
		if (control instanceof org.eclipse.swt.widgets.Composite c) {
			for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
				collect(child, texts);
			}
		}
	}

	private static Shell dialog(String title) {
		for (Shell s : Workbench.display().getShells()) {
			if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
				return s;
			}
		}
		return null;
	}
}
