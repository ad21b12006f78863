package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.annotations.ui.internal.shared.ConflictRow;
import org.duizhao.annotations.ui.internal.shared.ConflictsView;
import org.duizhao.testing.PostgresServer;
import org.duizhao.testing.ui.Workbench;
import org.junit.jupiter.api.Test;

/**
 * The Conflicts view on real conflicts between two clients: the workbench (the owner) and a coder
 * on another connection edit the same passages. Three edits the outbox could not push and one live
 * edit the server refused are listed with both versions; keep mine, take theirs, a merged memo
 * typed by the researcher, and keep mine for the live one; the server then holds the chosen memos.
 */
class ConflictsWorkbenchTest extends SharedServerTest {

	@Test
	void resolvesOutboxAndLiveConflictsAndTheServerHoldsTheChosenMemos() throws Exception {
		fixture = new SharedFixture(server, temp);
		AnnotatedProject shared = fixture.shared();
		AnnotationStore mine = fixture.store();
		Code code = mine.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		try (PostgresAnnotationStore admin = fixture.client(PostgresServer.SUPERUSER, server.password())) {
			admin.addMember("liming", ProjectRole.CODER, "li-ming-pw"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String[] parts = { "产业扶贫", "教育扶贫", "生态保护", "美丽乡村" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Annotation[] read = new Annotation[4];
		try (PostgresAnnotationStore theirs = fixture.client("liming", "li-ming-pw")) { //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < 4; i++) {
				Annotation a = theirs.addAnnotation(shared.passage(parts[i], List.of(code.id()), "liming")); //$NON-NLS-1$
				read[i] = mine.annotation(a.id()).orElseThrow(); // the workbench has read version 1
			}
			for (int i = 0; i < 4; i++) {
				theirs.updateAnnotation(theirs.annotation(read[i].id()).orElseThrow().withMemo("他们的" + i)); //$NON-NLS-1$
			}
		}

		server.stop();
		try {
			for (int i = 0; i < 3; i++) {
				assertThat(mine.updateAnnotation(read[i].withMemo("我的" + i)).rowVersion()).isEqualTo(OutboxStore.QUEUED); //$NON-NLS-1$
			}
		} finally {
			server.restart();
		}
		SharedFixture.waitForState(shared.project.folder(), s -> s.online() && s.waiting() == 0 && s.conflicts() == 3);
		Annotation live = read[3].withMemo("现场修改"); //$NON-NLS-1$
		assertThatThrownBy(() -> mine.updateAnnotation(live)).isInstanceOfSatisfying(ConflictException.class,
				e -> AnnotationsUiPlugin.getDefault().conflicts().add(shared.project.folder(), live, e));

		ConflictsView view = Workbench.sync(() -> (ConflictsView) AnnotatedProject.page().showView(ConflictsView.ID));
		Workbench.run(view::refresh);
		Workbench.waitUntil(() -> view.isIdle() && view.rows().size() == 4, 30);
		select(view, read[0].id());
		String[] texts = Workbench.sync(view::texts);
		assertThat(texts[0]).contains("我的0", "产业扶贫"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(texts[1]).contains("他们的0"); //$NON-NLS-1$
		assertThat(texts[2]).isEqualTo("他们的0\n\n我的0"); //$NON-NLS-1$

		resolve(view, read[0].id(), () -> view.keepMine());
		resolve(view, read[1].id(), () -> view.takeTheirs());
		resolve(view, read[2].id(), () -> view.mergeMemo("合并：他们的与我的")); //$NON-NLS-1$
		resolve(view, read[3].id(), () -> view.keepMine());
		Workbench.waitUntil(() -> view.isIdle() && view.rows().isEmpty(), 30);

		try (PostgresAnnotationStore check = fixture.client("liming", "li-ming-pw")) { //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(check.annotation(read[0].id()).orElseThrow().memo()).isEqualTo("我的0"); //$NON-NLS-1$
			assertThat(check.annotation(read[1].id()).orElseThrow().memo()).isEqualTo("他们的1"); //$NON-NLS-1$
			assertThat(check.annotation(read[2].id()).orElseThrow().memo()).isEqualTo("合并：他们的与我的"); //$NON-NLS-1$
			assertThat(check.annotation(read[3].id()).orElseThrow().memo()).isEqualTo("现场修改"); //$NON-NLS-1$
		}
		SharedFixture.waitForState(shared.project.folder(), s -> s.conflicts() == 0);
	}

	private static void select(ConflictsView view, String annotationId) throws Exception {
		Workbench.run(() -> view.select(row(view, annotationId)));
	}

	private static void resolve(ConflictsView view, String annotationId, java.util.concurrent.Callable<org.eclipse.core.runtime.jobs.Job> action)
			throws Exception {
		Workbench.waitUntil(() -> view.isIdle() && view.rows().stream().anyMatch(r -> id(r).equals(annotationId)), 30);
		select(view, annotationId);
		int before = Workbench.sync(() -> view.rows().size());
		Workbench.sync(action).join();
		Workbench.waitUntil(() -> view.isIdle() && view.rows().size() == before - 1, 30);
	}

	private static ConflictRow row(ConflictsView view, String annotationId) {
		return view.rows().stream().filter(r -> id(r).equals(annotationId)).findFirst().orElseThrow();
	}

	private static String id(ConflictRow r) {
		return r.mine() instanceof Annotation a ? a.id() : ""; //$NON-NLS-1$
	}
}
