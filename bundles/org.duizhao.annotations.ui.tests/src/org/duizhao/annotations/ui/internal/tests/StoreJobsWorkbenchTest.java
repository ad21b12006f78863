package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.StoreListener;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.Coding;
import org.duizhao.annotations.ui.internal.coding.DeleteAnnotationOperation;
import org.duizhao.annotations.ui.internal.coding.StoreOperation;
import org.duizhao.annotations.ui.internal.views.CodesView;
import org.duizhao.corpus.ui.DocumentPane;
import org.duizhao.corpus.ui.internal.jobs.ProjectRule;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits, undos and redos call the annotation store off the UI thread, one after the other per
 * project: the UI thread returns while the project is held by another job, the store's listener
 * hears every change on a job thread, two quick edits arrive in order; undoing a passage deletion
 * brings it back under its id; a store that fails (closed under the operation) gives an error
 * status or dialog and leaves the history where the store is.
 */
class StoreJobsWorkbenchTest {

	@TempDir
	Path temp;

	private AnnotatedProject fixture;
	private AnnotationStore store;

	@BeforeEach
	void setUp() throws Exception {
		fixture = AnnotatedProject.create(temp);
		store = fixture.store();
		Workbench.run(() -> history().dispose(context(), true, true, false));
	}

	@AfterEach
	void tearDown() throws Exception {
		AnnotatedProject.settle();
		fixture.close();
	}

	@Test
	void editsUndosAndRedosCallTheStoreOffTheUiThreadAndInOrder() throws Exception {
		Code code = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		DocumentPane pane = fixture.open();
		List<String> seen = new CopyOnWriteArrayList<>();
		StoreListener listener = change -> seen.add(Thread.currentThread().getName() + "|" //$NON-NLS-1$
				+ (Thread.currentThread() == Workbench.display().getThread()) + "|" + (Display.getCurrent() != null)); //$NON-NLS-1$
		store.addListener(listener);
		ProjectRule rule = new ProjectRule(fixture.project.folder());
		CompletableFuture<IStatus> coded;
		CompletableFuture<Code> made;
		Job.getJobManager().beginRule(rule, null); // an import, say, holds the project
		try {
			int s = AnnotatedProject.at("产业扶贫"); //$NON-NLS-1$
			coded = Workbench.sync(() -> {
				pane.textWidget().setSelection(s, s + 4);
				return Coding.apply(pane.textWidget().getShell(), pane, code);
			});
			// the UI thread came back although the store could not be called yet
			assertThat(store.annotations(AnnotationQuery.all())).isEmpty();
			assertThat(coded).isNotDone();
			assertThat(Workbench.sync(() -> history().getUndoOperation(context()).getLabel())).contains("扶贫"); //$NON-NLS-1$
			// a rename and a new code under the old name wait behind it, and must arrive in that order
			// (siblings' names are unique: the other way round the store refuses the new code)
			Code current = store.codes().get(0);
			CodesView view = Workbench.sync(() -> (CodesView) AnnotatedProject.page().showView(CodesView.ID));
			made = Workbench.sync(() -> {
				view.actions().rename(current, "精准扶贫"); //$NON-NLS-1$
				return view.actions().create(null, "扶贫"); //$NON-NLS-1$
			});
			assertThat(store.codes()).extracting(Code::name).containsExactly("扶贫"); //$NON-NLS-1$
		} finally {
			Job.getJobManager().endRule(rule);
		}
		assertThat(coded.get(30, TimeUnit.SECONDS).isOK()).isTrue();
		AnnotatedProject.settle();
		assertThat(store.annotations(AnnotationQuery.all())).hasSize(1);
		Code fresh = made.get(30, TimeUnit.SECONDS);
		assertThat(fresh).isNotNull();
		assertThat(new CodeTree(store.codes()).get(code.id()).orElseThrow().name()).isEqualTo("精准扶贫"); //$NON-NLS-1$
		assertThat(new CodeTree(store.codes()).get(fresh.id()).orElseThrow().name()).isEqualTo("扶贫"); //$NON-NLS-1$

		// undo and redo through the workbench's commands (Ctrl+Z, Ctrl+Y): three undos, two redos
		command("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		command("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		command("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		AnnotatedProject.settle();
		assertThat(store.annotations(AnnotationQuery.all())).isEmpty();
		assertThat(store.codes()).extracting(Code::id, Code::name)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(code.id(), "扶贫")); //$NON-NLS-1$
		command("org.eclipse.ui.edit.redo"); //$NON-NLS-1$
		command("org.eclipse.ui.edit.redo"); //$NON-NLS-1$
		AnnotatedProject.settle();
		assertThat(store.annotations(AnnotationQuery.all())).hasSize(1);
		assertThat(new CodeTree(store.codes()).get(code.id()).orElseThrow().name()).isEqualTo("精准扶贫"); //$NON-NLS-1$
		store.removeListener(listener);

		assertThat(seen).hasSizeGreaterThanOrEqualTo(8);
		assertThat(seen).allSatisfy(s -> assertThat(s).as("no store call on the UI thread").endsWith("|false|false")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void undoingAPassageDeletionBringsItBackUnderItsId() throws Exception {
		Code policy = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		Code village = store.createCode(null, "乡村", null, null, null); //$NON-NLS-1$
		Annotation a = store.addAnnotation(fixture.passage("教育扶贫", List.of(village.id(), policy.id()), "bob")); //$NON-NLS-1$ //$NON-NLS-2$
		Annotation before = store.updateAnnotation(a.withMemo("备忘：学校")); //$NON-NLS-1$

		IStatus deleted = Workbench.sync(() -> StoreOperation.run(new DeleteAnnotationOperation(fixture.project.folder(), before), null))
				.get(30, TimeUnit.SECONDS);
		assertThat(deleted.isOK()).as(deleted.toString()).isTrue();
		assertThat(store.annotation(before.id())).isEmpty();
		for (int round = 0; round < 2; round++) {
			command("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
			AnnotatedProject.settle();
			assertSame(before, store.annotation(before.id()).orElseThrow());
			command("org.eclipse.ui.edit.redo"); //$NON-NLS-1$
			AnnotatedProject.settle();
			assertThat(store.annotation(before.id())).isEmpty();
		}
	}

	@Test
	void aStoreClosedUnderTheOperationGivesAnErrorAndTheHistoryFollowsTheStore() throws Exception {
		Code policy = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		Annotation a = store.addAnnotation(fixture.passage("产业扶贫", List.of(policy.id()), "alice")); //$NON-NLS-1$ //$NON-NLS-2$
		IStatus deleted = Workbench.sync(() -> StoreOperation.run(new DeleteAnnotationOperation(fixture.project.folder(), a), null))
				.get(30, TimeUnit.SECONDS);
		assertThat(deleted.isOK()).isTrue();
		IUndoableOperation deletion = Workbench.sync(() -> history().getUndoOperation(context()));

		store.close(); // the registry still hands it out: every call now fails
		// an edit: an error status with the store's message, and no step in the history
		IStatus refused = Workbench.sync(() -> StoreOperation.run(new DeleteAnnotationOperation(fixture.project.folder(), a), null))
				.get(30, TimeUnit.SECONDS);
		assertThat(refused.matches(IStatus.ERROR)).as(refused.toString()).isTrue();
		assertThat(refused.getMessage()).isNotBlank();
		assertThat(Workbench.sync(() -> history().getUndoOperation(context()))).isSameAs(deletion);

		// an undo: an error dialog naming the step, and the step is undoable again
		command("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		List<String> dialog = closeErrorDialog();
		assertThat(String.join("\n", dialog)).contains(deletion.getLabel()); //$NON-NLS-1$
		AnnotatedProject.settle();
		assertThat(Workbench.sync(() -> history().getUndoOperation(context()))).isSameAs(deletion);
		assertThat(Workbench.sync(() -> history().canRedo(context()))).isFalse();

		// the store back: the same step undoes now, under the passage's id
		AnnotationsUiPlugin.getDefault().stores().reopen(fixture.project.folder());
		store = fixture.store();
		command("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		AnnotatedProject.settle();
		assertSame(a, store.annotation(a.id()).orElseThrow());
		assertThat(Workbench.sync(() -> history().getRedoOperation(context()))).isSameAs(deletion);
	}

	@Test
	void deletingACodeInUseReadsWhatItAffectsInTheBackgroundThenAsks() throws Exception {
		Code policy = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		Annotation a = store.addAnnotation(fixture.passage("产业扶贫", List.of(policy.id()), "alice")); //$NON-NLS-1$ //$NON-NLS-2$
		CodesView view = Workbench.sync(() -> (CodesView) AnnotatedProject.page().showView(CodesView.ID));
		Workbench.run(view::refresh);
		Workbench.waitUntil(() -> view.project() != null && view.project().folder().equals(fixture.project.folder())
				&& view.counts().tree().get(policy.id()).isPresent(), 10);
		Workbench.run(() -> {
			view.select(policy.id());
			view.actions().delete(); // returns before the store is read; the question comes after
		});
		Workbench.waitUntil(() -> shell(Messages.Codes_deleteTitle) != null, 30);
		Workbench.run(() -> SharedFixture.press(shell(Messages.Codes_deleteTitle), org.eclipse.jface.dialogs.IDialogConstants.YES_LABEL));
		AnnotatedProject.settle();
		assertThat(store.codes()).isEmpty();
		assertThat(store.annotation(a.id()).orElseThrow().codeIds()).isEmpty();
		command("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		AnnotatedProject.settle();
		assertThat(store.annotation(a.id()).orElseThrow().codeIds()).containsExactly(policy.id());
	}

	static void assertSame(Annotation before, Annotation now) {
		assertThat(List.<Object>of(now.id(), now.codeIds(), now.memo(), now.coder(), now.start(), now.end(), now.created()))
				.isEqualTo(List.<Object>of(before.id(), before.codeIds(), before.memo(), before.coder(), before.start(),
						before.end(), before.created()));
	}

	/** Waits for the store's error dialog, returns its texts and closes it. */
	static List<String> closeErrorDialog() throws Exception {
		Workbench.waitUntil(() -> errorDialog() != null, 30);
		return Workbench.sync(() -> {
			Shell shell = errorDialog();
			List<String> texts = new ArrayList<>();
			collect(shell, texts);
			shell.close();
			return texts;
		});
	}

	private static Shell errorDialog() {
		return shell(Messages.Store_failedTitle);
	}

	private static Shell shell(String title) {
		for (Shell s : Workbench.display().getShells()) {
			if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
				return s;
			}
		}
		return null;
	}

	private static void collect(Control control, List<String> texts) {
		if (control instanceof Label l) {
			texts.add(l.getText());
		}
		if (control instanceof org.eclipse.swt.widgets.Composite c) {
			for (Control child : c.getChildren()) {
				collect(child, texts);
			}
		}
	}

	static void command(String id) throws Exception {
		Workbench.run(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
	}

	private static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	private static IUndoContext context() {
		return PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
	}
}
