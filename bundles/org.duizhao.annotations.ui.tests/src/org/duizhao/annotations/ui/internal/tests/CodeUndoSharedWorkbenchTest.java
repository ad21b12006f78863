package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.annotations.ui.internal.coding.DeleteAnnotationOperation;
import org.duizhao.annotations.ui.internal.coding.StoreOperation;
import org.duizhao.annotations.ui.internal.views.CodesView;
import org.duizhao.testing.PostgresServer;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Undo of code-system edits on a shared project (PostgreSQL through the workbench's store): a
 * deleted code comes back with its id and its sub-code, another client sees the passages coded
 * again, and an edit that other client made meanwhile to another code stays.
 */
class CodeUndoSharedWorkbenchTest extends SharedServerTest {

	@Test
	void undoingADeleteOnTheServerRestoresTheCodesForEveryClient() throws Exception {
		fixture = new SharedFixture(server, temp);
		AnnotatedProject shared = fixture.shared();
		AnnotationStore mine = fixture.store();
		Code policy = mine.createCode(null, "扶贫", "#aa0000", null, null); //$NON-NLS-1$ //$NON-NLS-2$
		Code industry = mine.createCode(policy.id(), "产业", null, null, null); //$NON-NLS-1$
		Code other = mine.createCode(null, "生态", null, null, null); //$NON-NLS-1$
		Annotation a = mine.addAnnotation(shared.passage("产业扶贫", List.of(industry.id()), "alice")); //$NON-NLS-1$ //$NON-NLS-2$
		Annotation b = mine.addAnnotation(shared.passage("教育扶贫", List.of(policy.id(), other.id()), "bob")); //$NON-NLS-1$ //$NON-NLS-2$

		CodesView view = Workbench.sync(() -> (CodesView) AnnotatedProject.page().showView(CodesView.ID));
		Workbench.run(view::refresh);
		Workbench.waitUntil(() -> view.project() != null && view.project().folder().equals(shared.project.folder()), 10);
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		IUndoContext context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		Workbench.run(() -> history.dispose(context, true, true, false));

		Code current = new CodeTree(mine.codes()).get(policy.id()).orElseThrow();
		Workbench.run(() -> view.actions().deleteNow(current));
		AnnotatedProject.settle();
		try (PostgresAnnotationStore theirs = fixture.client(PostgresServer.SUPERUSER, server.password())) {
			assertThat(theirs.codes()).extracting(Code::id).containsExactly(other.id());
			// meanwhile the other client renames the code that stays
			theirs.updateCode(theirs.codes().get(0).withName("生态保护")); //$NON-NLS-1$

			assertThat(Workbench.sync(() -> history.undo(context, null, null)).isOK()).isTrue();
			AnnotatedProject.settle();
			CodeTree tree = new CodeTree(theirs.codes());
			assertThat(tree.get(policy.id())).get().extracting(Code::name, Code::color).containsExactly("扶贫", "#aa0000"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(tree.get(industry.id())).get().extracting(Code::parentId).isEqualTo(policy.id());
			assertThat(tree.get(other.id())).get().extracting(Code::name).isEqualTo("生态保护"); //$NON-NLS-1$
			assertThat(theirs.annotation(a.id()).orElseThrow().codeIds()).containsExactly(industry.id());
			assertThat(theirs.annotation(b.id()).orElseThrow().codeIds()).containsExactlyInAnyOrder(policy.id(), other.id());
			assertThat(theirs.annotation(b.id()).orElseThrow().coder()).isEqualTo("bob"); //$NON-NLS-1$

			assertThat(Workbench.sync(() -> history.redo(context, null, null)).isOK()).isTrue();
			AnnotatedProject.settle();
			assertThat(theirs.codes()).extracting(Code::id).containsExactly(other.id());
			assertThat(theirs.annotation(b.id()).orElseThrow().codeIds()).containsExactly(other.id());
		}
	}

	@Test
	void undoingAPassageDeletionWaitsForTheServerAndRestoresTheIdForEveryClient() throws Exception {
		fixture = new SharedFixture(server, temp);
		AnnotatedProject shared = fixture.shared();
		AnnotationStore mine = fixture.store();
		Code policy = mine.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		Annotation a = mine.addAnnotation(shared.passage("产业扶贫", List.of(policy.id()), "bob")); //$NON-NLS-1$ //$NON-NLS-2$
		Annotation before = mine.updateAnnotation(a.withMemo("备忘")); //$NON-NLS-1$
		IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		IUndoContext context = PlatformUI.getWorkbench().getOperationSupport().getUndoContext();
		Workbench.run(() -> history.dispose(context, true, true, false));

		IStatus deleted = Workbench.sync(() -> StoreOperation.run(new DeleteAnnotationOperation(shared.project.folder(), before), null))
				.get(60, TimeUnit.SECONDS);
		assertThat(deleted.isOK()).as(deleted.toString()).isTrue();
		try (PostgresAnnotationStore theirs = fixture.client(PostgresServer.SUPERUSER, server.password())) {
			assertThat(theirs.annotation(before.id())).isEmpty();
		}

		server.stop();
		try {
			// restoring needs the server: the undo fails with a dialog, the window keeps working
			StoreJobsWorkbenchTest.command("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
			assertThat(String.join("\n", StoreJobsWorkbenchTest.closeErrorDialog())).contains(Messages.Operation_delete); //$NON-NLS-1$
			AnnotatedProject.settle();
			assertThat(Workbench.sync(() -> history.getUndoOperation(context).getLabel())).isEqualTo(Messages.Operation_delete);
		} finally {
			server.restart();
		}
		SharedFixture.waitForState(shared.project.folder(), s -> s.online());
		StoreJobsWorkbenchTest.command("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		AnnotatedProject.settle();
		try (PostgresAnnotationStore theirs = fixture.client(PostgresServer.SUPERUSER, server.password())) {
			StoreJobsWorkbenchTest.assertSame(before, theirs.annotation(before.id()).orElseThrow());
		}
	}
}
