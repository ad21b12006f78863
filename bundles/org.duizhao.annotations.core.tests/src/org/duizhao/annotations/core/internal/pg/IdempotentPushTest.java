package org.duizhao.annotations.core.internal.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.StoreUnavailableException;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pushed edit whose commit the client never heard of (the connection was ended right after the
 * server committed) is not applied a second time by the next push: the server knows its operation id.
 */
class IdempotentPushTest extends ServerTest {

	@TempDir
	Path copy;

	@Test
	void editsWhoseCommitWasNotAcknowledgedAreNotAppliedTwice() throws Exception {
		try (OutboxStore store = openCopy(copy)) {
			Code code = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			Annotation existing = store.addAnnotation(OutboxOfflineTest.passage(0, code));
			server.server.stop();
			Annotation queued = store.addAnnotation(OutboxOfflineTest.passage(1, code));
			store.updateAnnotation(existing.withMemo("离线")); //$NON-NLS-1$
			store.updateAnnotation(store.annotation(queued.id()).orElseThrow().withMemo("新的")); //$NON-NLS-1$
			store.createMemo(null, "项目", "离线备忘", "王芳"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			server.server.restart();

			// each of the first two edits commits on the server, then the connection is ended from
			// another session before the client records that it was pushed
			java.util.Set<String> seen = new java.util.HashSet<>();
			store.setCommitHook(edit -> {
				if (seen.add(edit.op()) && seen.size() <= 2) {
					endSessions();
					((PostgresAnnotationStore) store.serverIfConnected().orElseThrow()).appliedOperation(edit.op());
				}
			});
			assertThatThrownBy(store::push).isInstanceOf(StoreUnavailableException.class);
			assertThat(store.outbox().pending()).as("the client did not hear of the commit").isEqualTo(4);
			assertThat(serverAnnotations()).hasSize(2);
			assertThatThrownBy(store::push).isInstanceOf(StoreUnavailableException.class);
			assertThat(store.outbox().pending()).isEqualTo(3);

			store.setCommitHook(null);
			assertThat(store.push()).isEqualTo(new OutboxStore.PushResult(3, 0, 0));
			assertThat(store.outbox().conflicts()).isEmpty();
			List<Annotation> all = serverAnnotations();
			assertThat(all).as("the added passage once, not twice").hasSize(2);
			assertThat(all).extracting(Annotation::memo).containsExactlyInAnyOrder("离线", "新的"); //$NON-NLS-1$ //$NON-NLS-2$
			Annotation edited = all.stream().filter(a -> a.id().equals(existing.id())).findFirst().orElseThrow();
			assertThat(edited.rowVersion()).as("updated once").isEqualTo(existing.rowVersion() + 1);
			assertThat(store.allMemos()).extracting(Memo::text).containsExactly("离线备忘"); //$NON-NLS-1$
			assertThat(store.annotations(AnnotationQuery.all())).noneMatch(a -> a.id().startsWith(OutboxStore.LOCAL_PREFIX));
		}
	}

	/** Ends every session on the project database but this one, and waits until they are gone. */
	private void endSessions() {
		try (var c = server.connect(address.database(), address.user(), server.password());
				var s = c.createStatement()) {
			s.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity " //$NON-NLS-1$
					+ "WHERE datname = current_database() AND pid <> pg_backend_pid()"); //$NON-NLS-1$
		} catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private List<Annotation> serverAnnotations() throws Exception {
		try (PostgresAnnotationStore direct = PostgresAnnotationStore.open(address, server.password())) {
			return direct.annotations(AnnotationQuery.all());
		}
	}
}
