package org.duizhao.annotations.core.internal.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreUnavailableException;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.internal.outbox.Outbox;
import org.duizhao.annotations.core.internal.outbox.OutboxConflicts;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.duizhao.annotations.core.process.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits made while the server is away go to the outbox and reach the server on reconnect. */
class OutboxOfflineTest extends ServerTest {

	static final String TEXT = "各地要落实扶贫政策，推进产业发展。"; //$NON-NLS-1$
	@TempDir
	Path copy;

	@Test
	void editsMadeWhileTheServerIsStoppedAreAllOnTheServerAfterTheNextCall() throws Exception {
		try (OutboxStore store = openCopy(copy)) {
			Code code = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			Annotation online = store.addAnnotation(passage(0, code));
			Memo memo = store.createMemo(null, "项目", "初稿", "王芳"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			server.server.stop();

			Annotation a = store.addAnnotation(passage(1, code));
			Annotation b = store.addAnnotation(passage(2, code));
			assertThat(a.rowVersion()).isEqualTo(OutboxStore.QUEUED);
			assertThat(a.id()).startsWith(OutboxStore.LOCAL_PREFIX);
			store.updateAnnotation(a.withMemo("离线备注")); //$NON-NLS-1$
			Annotation twice = store.updateAnnotation(online.withMemo("一"));
			store.updateAnnotation(twice.withMemo("二")); //$NON-NLS-1$
			store.updateMemo(memo.withText("项目", "离线修改")); //$NON-NLS-1$ //$NON-NLS-2$
			store.createMemo("d1", "文件", "离线新备忘", "王芳"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Link link = store.createLink(a.id(), b.id(), "echoes", null, "王芳"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(link.rowVersion()).isEqualTo(OutboxStore.QUEUED);
			assertThat(store.outbox().pending()).isEqualTo(8);
			// reads answer from the read cache: the last known state with the pending edits
			assertThat(store.annotations(AnnotationQuery.all())).hasSize(3).extracting(Annotation::memo)
					.containsExactlyInAnyOrder("二", "离线备注", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertThat(store.codes()).extracting(Code::name).containsExactly("扶贫"); //$NON-NLS-1$
			assertThat(store.allMemos()).extracting(Memo::text).containsExactlyInAnyOrder("离线修改", "离线新备忘"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(store.links()).hasSize(1);
			assertThat(store.codeCounts()).containsEntry(code.id(), 3);
			assertThatThrownBy(() -> store.createCode(null, "离线码", null, null, null)) //$NON-NLS-1$
					.as("the code system stays online only").isInstanceOf(StoreUnavailableException.class);

			server.server.restart();
			List<Annotation> all = store.annotations(AnnotationQuery.all());
			assertThat(store.outbox().pending()).isZero();
			assertThat(store.outbox().conflicts()).isEmpty();
			assertThat(all).hasSize(3).extracting(Annotation::memo).containsExactlyInAnyOrder("二", "离线备注", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertThat(all).noneMatch(x -> x.id().startsWith(OutboxStore.LOCAL_PREFIX));
			assertThat(store.allMemos()).extracting(Memo::text).containsExactlyInAnyOrder("离线修改", "离线新备忘"); //$NON-NLS-1$ //$NON-NLS-2$
			List<Link> links = store.links();
			assertThat(links).hasSize(1);
			assertThat(all).extracting(Annotation::id).contains(links.get(0).fromId(), links.get(0).toId());
		}
		try (PostgresAnnotationStore direct = PostgresAnnotationStore.open(address, server.password())) {
			assertThat(direct.annotations(AnnotationQuery.all())).hasSize(3);
		}
	}

	@Test
	void aConflictingOfflineEditBecomesExactlyOneConflictAndOverwritesNothing() throws Exception {
		try (OutboxStore mine = openCopy(copy)) {
			Code code = mine.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			Annotation shared = mine.addAnnotation(passage(0, code));
			server.server.stop();
			mine.updateAnnotation(shared.withMemo("我的离线修改")); //$NON-NLS-1$
			mine.addAnnotation(passage(3, code));
			server.server.restart();
			try (PostgresAnnotationStore other = PostgresAnnotationStore.open(address, server.password())) {
				other.updateAnnotation(shared.withMemo("同事的修改")); //$NON-NLS-1$
			}

			OutboxStore.PushResult result = mine.push();

			assertThat(result).isEqualTo(new OutboxStore.PushResult(1, 1, 0));
			assertThat(mine.annotation(shared.id()).orElseThrow().memo()).isEqualTo("同事的修改"); //$NON-NLS-1$
			List<Outbox.Conflict> conflicts = mine.outbox().conflicts();
			assertThat(conflicts).hasSize(1);
			assertThat(conflicts.get(0).mine()).contains("我的离线修改"); //$NON-NLS-1$
			assertThat(conflicts.get(0).theirs()).contains("同事的修改"); //$NON-NLS-1$
			assertThat(mine.push()).isEqualTo(new OutboxStore.PushResult(0, 0, 0));

			OutboxConflicts resolver = new OutboxConflicts(mine);
			List<OutboxConflicts.Pending> pending = resolver.pending();
			assertThat(pending).hasSize(1);
			assertThat(((Annotation) pending.get(0).mine()).memo()).isEqualTo("我的离线修改"); //$NON-NLS-1$
			assertThat(((Annotation) pending.get(0).theirs()).memo()).isEqualTo("同事的修改"); //$NON-NLS-1$
			resolver.mergeMemo(pending.get(0));
			assertThat(mine.annotation(shared.id()).orElseThrow().memo()).contains("同事的修改", "我的离线修改"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(resolver.pending()).isEmpty();
		}
	}

	@Test
	void editsQueuedByAProcessKilledRightAfterAreKeptAndPushed() throws Exception {
		try (OutboxStore store = openCopy(copy)) {
			store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		}
		server.server.stop();
		int n = 25;
		Process child = ChildJvm.start(OutboxWriterMain.class, copy.toString(), address.host(),
				String.valueOf(address.port()), address.database(), address.user(), server.password(), String.valueOf(n));
		int queued = 0;
		try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				if (line.startsWith("queued")) { //$NON-NLS-1$
					queued++;
				}
				if (line.equals("all queued")) { //$NON-NLS-1$
					break;
				}
			}
			child.destroyForcibly(); // SIGKILL: no close, no shutdown hook
			child.waitFor();
		}
		assertThat(queued).isEqualTo(n);
		try (OutboxStore offline = openCopy(copy)) {
			assertThat(offline.annotations(AnnotationQuery.all())).as("the killed process's edits, from the cache")
					.hasSize(n);
		}
		server.server.restart();
		try (OutboxStore store = openCopy(copy)) {
			assertThat(store.outbox().pending()).isEqualTo(n);
			assertThat(store.push()).isEqualTo(new OutboxStore.PushResult(n, 0, 0));
			assertThat(store.annotations(AnnotationQuery.all())).hasSize(n);
		}
	}

	@Test
	void aWorkingCopyOpenedWhileTheServerIsStoppedShowsTheLastKnownStateAndItsOwnPendingEdits() throws Exception {
		Code code;
		Annotation mine;
		try (OutboxStore store = openCopy(copy)) {
			store.addListener(change -> {
			});
			code = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			mine = store.addAnnotation(passage(0, code));
			try (PostgresAnnotationStore other = PostgresAnnotationStore.open(address, server.password())) {
				other.addAnnotation(new NewAnnotation("d9", 1, 0, 2, TextQuote.of(TEXT, 0, 2), List.of(code.id()), //$NON-NLS-1$
						"同事的", "李明")); //$NON-NLS-1$ //$NON-NLS-2$
				other.createMemo(null, "项目", "同事的备忘", "李明"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			// another member's change reaches the cache through the server's notification, not a sync
			for (int i = 0; i < 200 && store.cache().reader().allMemos().isEmpty(); i++) {
				Thread.sleep(50);
			}
		}
		server.server.stop();
		try (OutboxStore offline = openCopy(copy)) {
			assertThat(offline.isOnline()).isFalse();
			assertThat(offline.annotations(AnnotationQuery.all())).extracting(Annotation::coder)
					.containsExactlyInAnyOrder("王芳", "李明"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(offline.allMemos()).extracting(Memo::text).containsExactly("同事的备忘"); //$NON-NLS-1$
			assertThat(offline.coders()).containsExactly("李明", "王芳"); //$NON-NLS-1$ //$NON-NLS-2$
			Annotation cached = offline.annotation(mine.id()).orElseThrow();
			assertThat(cached.rowVersion()).isEqualTo(mine.rowVersion());
			Annotation edited = offline.updateAnnotation(cached.withMemo("离线改")); //$NON-NLS-1$
			Annotation added = offline.addAnnotation(passage(7, code));
			assertThat(offline.annotation(added.id()).orElseThrow().rowVersion()).isEqualTo(OutboxStore.QUEUED);
			assertThat(offline.annotations(AnnotationQuery.document(mine.documentId()))).extracting(Annotation::memo)
					.contains("离线改"); //$NON-NLS-1$
			assertThat(offline.annotations(AnnotationQuery.all())).hasSize(3);
			assertThat(edited.rowVersion()).isEqualTo(OutboxStore.QUEUED);
		}
		server.server.restart();
		try (OutboxStore back = openCopy(copy)) {
			assertThat(back.push()).isEqualTo(new OutboxStore.PushResult(2, 0, 0));
			assertThat(back.isOnline()).isTrue();
		}
		try (PostgresAnnotationStore direct = PostgresAnnotationStore.open(address, server.password())) {
			List<Annotation> all = direct.annotations(AnnotationQuery.all());
			assertThat(all).hasSize(3).extracting(Annotation::memo).contains("离线改", "同事的"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(direct.annotation(mine.id()).orElseThrow().rowVersion()).isEqualTo(mine.rowVersion() + 1);
		}
		try (OutboxStore again = openCopy(copy)) {
			server.server.stop();
			assertThat(again.annotations(AnnotationQuery.all())).as("the cache after the push holds the server's ids")
					.hasSize(3).noneMatch(a -> a.id().startsWith(OutboxStore.LOCAL_PREFIX));
			server.server.restart();
		}
	}

	static NewAnnotation passage(int i, Code code) {
		int start = i % 10;
		return new NewAnnotation("d" + i % 5, 1, start, start + 2, TextQuote.of(TEXT, start, start + 2), //$NON-NLS-1$
				List.of(code.id()), null, "王芳"); //$NON-NLS-1$
	}
}
