package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.views.CodeActions;
import org.duizhao.annotations.ui.internal.views.CodesView;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every edit of the code system made in the Codes view is one step of the workbench's undo history:
 * new code, rename, colour, description, shortcut, move, merge and delete, each undone and redone
 * and checked against the store; undoing a delete or a merge brings the codes back with their ids
 * and gives the passages (same ids, memos and coders) their codes back.
 */
class CodeUndoWorkbenchTest {

	@TempDir
	Path temp;

	private AnnotatedProject fixture;
	private AnnotationStore store;
	private CodesView view;

	@BeforeEach
	void setUp() throws Exception {
		Workbench.start();
		fixture = AnnotatedProject.create(temp);
		store = fixture.store();
		view = Workbench.sync(() -> (CodesView) AnnotatedProject.page().showView(CodesView.ID));
		Workbench.run(view::refresh);
		Workbench.waitUntil(() -> view.project() != null && view.project().folder().equals(fixture.project.folder()), 10);
		Workbench.run(() -> history().dispose(context(), true, true, false));
	}

	@AfterEach
	void tearDown() throws Exception {
		fixture.close();
	}

	@Test
	void newRenameColourDescriptionShortcutAndMoveAreUndoneAndRedone() throws Exception {
		Code made = made(Workbench.sync(() -> actions().create(null, "扶贫"))); //$NON-NLS-1$
		assertThat(made).isNotNull();
		assertThat(undoLabel()).isEqualTo(NLS.bind(Messages.Operation_newCode, "扶贫")); //$NON-NLS-1$
		undo();
		assertThat(store.codes()).isEmpty();
		redo();
		assertThat(store.codes()).extracting(Code::id, Code::name).containsExactly(
				org.assertj.core.groups.Tuple.tuple(made.id(), "扶贫")); //$NON-NLS-1$
		Code other = made(Workbench.sync(() -> actions().create(null, "教育"))); //$NON-NLS-1$
		Workbench.waitUntil(() -> view.selectedCodes().stream().anyMatch(c -> c.id().equals(other.id())), 10);

		act(() -> actions().rename(current(made), "精准扶贫")); //$NON-NLS-1$
		assertThat(undoLabel()).isEqualTo(Messages.Operation_renameCode);
		assertThat(current(made).name()).isEqualTo("精准扶贫"); //$NON-NLS-1$
		undo();
		assertThat(current(made).name()).isEqualTo("扶贫"); //$NON-NLS-1$
		redo();
		assertThat(current(made).name()).isEqualTo("精准扶贫"); //$NON-NLS-1$

		String colour = current(made).color();
		act(() -> actions().write(Messages.Operation_colourCode,
				current(made).withDetails("#123456", "", null))); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(current(made).color()).isEqualTo("#123456"); //$NON-NLS-1$
		undo();
		assertThat(current(made).color()).isEqualTo(colour);
		redo();
		assertThat(current(made).color()).isEqualTo("#123456"); //$NON-NLS-1$

		act(() -> actions().describe(current(made), "精准扶贫的政策")); //$NON-NLS-1$
		assertThat(undoLabel()).isEqualTo(Messages.Operation_describeCode);
		undo();
		assertThat(current(made).description()).isEmpty();
		redo();
		assertThat(current(made).description()).isEqualTo("精准扶贫的政策"); //$NON-NLS-1$

		act(() -> actions().write(Messages.Operation_shortcutCode,
				current(made).withDetails(current(made).color(), current(made).description(), "7"))); //$NON-NLS-1$
		undo();
		assertThat(current(made).shortcut()).isNull();
		redo();
		assertThat(current(made).shortcut()).isEqualTo("7"); //$NON-NLS-1$

		act(() -> actions().move(current(made), current(other)));
		assertThat(undoLabel()).isEqualTo(Messages.Operation_moveCode);
		assertThat(current(made).parentId()).isEqualTo(other.id());
		undo();
		assertThat(current(made).parentId()).isNull();
		assertThat(new CodeTree(store.codes()).roots()).extracting(Code::id).containsExactly(made.id(), other.id());
		redo();
		assertThat(current(made).parentId()).isEqualTo(other.id());

		// the workbench's Undo command (Ctrl+Z) goes to the same history
		Workbench.run(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null); //$NON-NLS-1$
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		AnnotatedProject.settle();
		assertThat(current(made).parentId()).isNull();
	}

	@Test
	void undoingADeleteBringsBackTheCodesAndTheCodingsOfTheSamePassages() throws Exception {
		Code policy = store.createCode(null, "扶贫", "#aa0000", "说明", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Code industry = store.createCode(policy.id(), "产业", "#00aa00", null, null); //$NON-NLS-1$ //$NON-NLS-2$
		Code deeper = store.createCode(industry.id(), "特色农业", null, null, null); //$NON-NLS-1$
		Code keep = store.createCode(null, "生态", null, null, null); //$NON-NLS-1$
		Annotation a = store.addAnnotation(fixture.passage("产业扶贫", List.of(industry.id(), keep.id()), "alice")); //$NON-NLS-1$ //$NON-NLS-2$
		a = store.updateAnnotation(a.withMemo("备忘：产业")); //$NON-NLS-1$
		Annotation b = store.addAnnotation(fixture.passage("教育扶贫", List.of(policy.id()), "bob")); //$NON-NLS-1$ //$NON-NLS-2$
		Annotation c = store.addAnnotation(fixture.passage("特色农业", List.of(deeper.id()), "alice")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Code> codesBefore = byId(store.codes());
		Map<String, Annotation> before = byId(store.annotations(AnnotationQuery.all()));

		act(() -> actions().deleteNow(current(policy)));
		assertThat(undoLabel()).isEqualTo(NLS.bind(Messages.Operation_deleteCode, "扶贫")); //$NON-NLS-1$
		assertThat(store.codes()).extracting(Code::id).containsExactly(keep.id());
		assertThat(store.annotation(a.id()).orElseThrow().codeIds()).containsExactly(keep.id());
		assertThat(store.annotation(b.id()).orElseThrow().codeIds()).isEmpty();

		undo();
		assertSameCodes(codesBefore);
		assertSamePassages(before);
		redo();
		assertThat(store.codes()).extracting(Code::id).containsExactly(keep.id());
		assertThat(store.annotation(c.id()).orElseThrow().codeIds()).isEmpty();
		undo();
		assertSameCodes(codesBefore);
		assertSamePassages(before);
		Workbench.waitUntil(() -> view.counts().tree().get(deeper.id()).isPresent(), 10);
	}

	@Test
	void undoingAMergeRestoresTheSourceItsSubCodesAndTheirCodings() throws Exception {
		Code source = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		Code target = store.createCode(null, "脱贫", null, null, null); //$NON-NLS-1$
		Code twinSource = store.createCode(source.id(), "其他", null, null, null); //$NON-NLS-1$
		Code twinTarget = store.createCode(target.id(), "其他", null, null, null); //$NON-NLS-1$
		Code loner = store.createCode(source.id(), "产业", null, null, null); //$NON-NLS-1$
		Annotation both = store.addAnnotation(fixture.passage("产业扶贫", List.of(source.id(), target.id()), "alice")); //$NON-NLS-1$ //$NON-NLS-2$
		Annotation onTwin = store.addAnnotation(fixture.passage("教育扶贫", List.of(twinSource.id()), "bob")); //$NON-NLS-1$ //$NON-NLS-2$
		Annotation onLoner = store.addAnnotation(fixture.passage("生态保护", List.of(loner.id()), "bob")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Code> codesBefore = byId(store.codes());
		Map<String, Annotation> before = byId(store.annotations(AnnotationQuery.all()));

		act(() -> actions().mergeNow(current(source), current(target)));
		assertThat(undoLabel()).isEqualTo(NLS.bind(Messages.Operation_mergeCode, "扶贫", "脱贫")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(store.annotation(both.id()).orElseThrow().codeIds()).containsExactly(target.id());
		assertThat(store.annotation(onTwin.id()).orElseThrow().codeIds()).containsExactly(twinTarget.id());
		assertThat(current(loner).parentId()).isEqualTo(target.id());

		undo();
		assertSameCodes(codesBefore);
		assertSamePassages(before);
		redo();
		assertThat(new CodeTree(store.codes()).get(source.id())).isEmpty();
		assertThat(store.annotation(onLoner.id()).orElseThrow().codeIds()).containsExactly(loner.id());
		assertThat(current(loner).parentId()).isEqualTo(target.id());
		undo();
		assertSameCodes(codesBefore);
		assertSamePassages(before);
	}

	@Test
	void aRefusedEditIsNotInTheHistory() throws Exception {
		Code a = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		Code stale = a;
		store.updateCode(a.withName("脱贫")); // another writer got there first //$NON-NLS-1$
		org.duizhao.annotations.ui.internal.coding.CodeSystemOperation op = new org.duizhao.annotations.ui.internal.coding.CodeSystemOperation(
				Messages.Operation_renameCode, fixture.project.folder(), java.util.Set.of(),
				s -> s.updateCode(stale.withName("别名"))); //$NON-NLS-1$
		IStatus status = Workbench.sync(() -> org.duizhao.annotations.ui.internal.coding.StoreOperation.run(op, null))
				.get(30, TimeUnit.SECONDS);
		assertThat(status.matches(IStatus.ERROR)).as(status.toString()).isTrue();
		assertThat(status.getException()).isInstanceOf(org.duizhao.annotations.core.ConflictException.class);
		assertThat(status.getMessage()).isEqualTo(status.getException().getMessage());
		assertThat(Workbench.sync(() -> history().canUndo(context()))).isFalse();
		assertThat(current(a).name()).isEqualTo("脱贫"); //$NON-NLS-1$
	}

	private void assertSameCodes(Map<String, Code> before) throws Exception {
		Map<String, Code> now = byId(store.codes());
		assertThat(now.keySet()).isEqualTo(before.keySet());
		for (Code c : before.values()) {
			Code n = now.get(c.id());
			assertThat(List.of(n.parentId() == null ? "" : n.parentId(), n.name(), n.color(), n.description(), //$NON-NLS-1$
					String.valueOf(n.shortcut()), n.position())).as(c.name())
					.isEqualTo(List.of(c.parentId() == null ? "" : c.parentId(), c.name(), c.color(), c.description(), //$NON-NLS-1$
							String.valueOf(c.shortcut()), c.position()));
		}
	}

	private void assertSamePassages(Map<String, Annotation> before) throws Exception {
		Map<String, Annotation> now = byId(store.annotations(AnnotationQuery.all()));
		assertThat(now.keySet()).isEqualTo(before.keySet());
		for (Annotation a : before.values()) {
			Annotation n = now.get(a.id());
			assertThat(n.codeIds()).as(a.quote().exact()).containsExactlyInAnyOrderElementsOf(a.codeIds());
			assertThat(List.of(n.memo(), n.coder(), n.start(), n.end())).isEqualTo(List.of(a.memo(), a.coder(), a.start(), a.end()));
		}
	}

	private static <T> Map<String, T> byId(List<T> list) {
		return list.stream().collect(Collectors.toMap(o -> o instanceof Code c ? c.id() : ((Annotation) o).id(),
				Function.identity()));
	}

	private Code current(Code code) throws Exception {
		return new CodeTree(store.codes()).get(code.id()).orElseThrow();
	}

	/** A step on the UI thread that may read the store. */
	@FunctionalInterface
	private interface Step {
		void run() throws Exception;
	}

	private static void act(Step step) throws Exception {
		Workbench.sync(() -> {
			step.run();
			return null;
		});
		AnnotatedProject.settle();
	}

	private static Code made(java.util.concurrent.CompletableFuture<Code> future) throws Exception {
		return future.get(30, TimeUnit.SECONDS);
	}

	private CodeActions actions() {
		return view.actions();
	}

	private static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	private static IUndoContext context() {
		return PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
	}

	private static String undoLabel() throws Exception {
		return Workbench.sync(() -> history().getUndoOperation(context()).getLabel());
	}

	private static void undo() throws Exception {
		assertThat(Workbench.sync(() -> history().undo(context(), null, null)).isOK()).isTrue();
		AnnotatedProject.settle();
	}

	private static void redo() throws Exception {
		assertThat(Workbench.sync(() -> history().redo(context(), null, null)).isOK()).isTrue();
		AnnotatedProject.settle();
	}
}
