package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.ui.internal.shared.ConflictsView;
import org.duizhao.annotations.ui.internal.shared.Messages;
import org.duizhao.annotations.ui.internal.shared.StatusIndicator;
import org.duizhao.testing.PostgresServer;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/**
 * The status line's connection indicator on a real server: "Online"; after the server stops, the
 * workbench's store still reads the code system and codes a new passage (read back at once), and the
 * indicator says "Offline – 1 edits waiting"; after it restarts, the outbox is pushed by itself and
 * the indicator says "Online" again. A local project says "Local"; pressing the indicator opens the
 * Conflicts view.
 */
class ConnectionStatusWorkbenchTest extends SharedServerTest {

	@Test
	void showsOfflineWithWaitingEditsAndOnlineAgainAfterTheOutboxIsPushed() throws Exception {
		fixture = new SharedFixture(server, temp);
		AnnotatedProject shared = fixture.shared();
		Code code = fixture.store().createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		StatusIndicator indicator = indicator();
		Workbench.waitUntil(() -> Messages.Status_online.equals(indicator.button().getText()), 30);

		server.stop();
		try {
			// the workbench keeps working: the code system answers from the working copy's cache,
			// and a new passage is coded into the outbox and read back at once
			assertThat(fixture.store().codes()).extracting(Code::name).contains("扶贫"); //$NON-NLS-1$
			Annotation queued = fixture.store()
					.addAnnotation(shared.passage("教育扶贫", List.of(code.id()), PostgresServer.SUPERUSER)); //$NON-NLS-1$
			assertThat(queued.rowVersion()).isEqualTo(OutboxStore.QUEUED);
			assertThat(fixture.store().annotations(AnnotationQuery.all())).extracting(a -> a.quote().exact())
					.contains("教育扶贫"); //$NON-NLS-1$
			String offline = NLS.bind(Messages.Status_offlineWaiting, 1);
			Workbench.waitUntil(() -> offline.equals(indicator.button().getText()), 30);
			assertThat(Workbench.sync(() -> indicator.button().getToolTipText())).contains(fixture.owner.url());
		} finally {
			server.restart();
		}

		Workbench.waitUntil(() -> Messages.Status_online.equals(indicator.button().getText()), 30);
		assertThat(((OutboxStore) fixture.store()).outbox().pending()).isZero();
		try (PostgresAnnotationStore direct = fixture.client(PostgresServer.SUPERUSER, server.password())) {
			assertThat(direct.annotations(AnnotationQuery.all())).extracting(a -> a.quote().exact())
					.containsExactly("教育扶贫"); //$NON-NLS-1$
		}

		Workbench.run(() -> indicator.button().notifyListeners(SWT.Selection, new Event()));
		assertThat(Workbench.sync(() -> AnnotatedProject.page().findView(ConflictsView.ID))).isNotNull();
	}

	@Test
	void aLocalProjectShowsLocal() throws Exception {
		fixture = new SharedFixture(server, temp);
		fixture.local = AnnotatedProject.create(temp);
		StatusIndicator indicator = indicator();
		Workbench.waitUntil(() -> Messages.Status_local.equals(indicator.text()), 30);
	}

	/** @return the indicator in the workbench window's status line */
	static StatusIndicator indicator() throws Exception {
		Workbench.waitUntil(() -> !StatusIndicator.live().isEmpty(), 30);
		return StatusIndicator.live().get(0);
	}
}
