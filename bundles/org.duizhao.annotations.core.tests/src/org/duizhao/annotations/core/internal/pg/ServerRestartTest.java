package org.duizhao.annotations.core.internal.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreChange;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.StoreUnavailableException;
import org.duizhao.annotations.core.TextQuote;
import org.junit.jupiter.api.Test;

/** The server goes away and comes back: nothing committed is lost and clients reconnect by themselves. */
class ServerRestartTest extends ServerTest {

	private static final String TEXT = "各地要落实扶贫政策，推进产业发展。"; //$NON-NLS-1$

	@Test
	void aCrashMidBurstLosesNothingCommittedAndClientsReconnectByThemselves() throws Exception {
		try (PostgresAnnotationStore writer = PostgresAnnotationStore.open(address, server.password());
				PostgresAnnotationStore watcher = PostgresAnnotationStore.open(address, server.password())) {
			BlockingQueue<StoreChange> heard = new LinkedBlockingQueue<>();
			watcher.addListener(heard::add);
			Code code = writer.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			Set<String> committed = ConcurrentHashMap.newKeySet();
			Thread burst = new Thread(() -> {
				for (int i = 0; i < 100_000 && !Thread.currentThread().isInterrupted(); i++) {
					try {
						committed.add(writer.addAnnotation(passage(i, code)).id());
					} catch (StoreException e) {
						// the server is down: the call wrote nothing; keep going
					}
				}
			});
			burst.start();
			Thread.sleep(700);
			server.server.crash();
			Thread.sleep(300);
			assertThatThrownBy(() -> writer.addAnnotation(passage(0, code))).isInstanceOf(StoreUnavailableException.class);
			server.server.restart();
			Thread.sleep(500);
			burst.interrupt();
			burst.join(30_000);
			assertThat(committed).isNotEmpty();
			Annotation after = writer.addAnnotation(passage(1, code));
			heard.clear();
			writer.updateAnnotation(after.withMemo("重启之后")); //$NON-NLS-1$
			assertThat(heard.poll(5, TimeUnit.SECONDS)).as("the watcher listens again").isNotNull();
			List<Annotation> all = watcher.annotations(AnnotationQuery.all());
			assertThat(all).extracting(Annotation::id).containsAll(committed);
			assertThat(watcher.isOnline()).isTrue();
		}
	}

	@Test
	void aStoppedServerMakesCallsFailCleanlyUntilItIsBack() throws Exception {
		try (PostgresAnnotationStore store = PostgresAnnotationStore.open(address, server.password())) {
			Code code = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			server.server.stop();
			assertThatThrownBy(store::codes).isInstanceOf(StoreUnavailableException.class);
			assertThatThrownBy(store::codes).isInstanceOf(StoreUnavailableException.class);
			assertThat(store.isOnline()).isFalse();
			server.server.restart();
			assertThat(store.codes()).containsExactly(code);
		}
	}

	private static NewAnnotation passage(int i, Code code) {
		int start = i % 10;
		return new NewAnnotation("d" + i % 50, 1, start, start + 2, TextQuote.of(TEXT, start, start + 2), //$NON-NLS-1$
				List.of(code.id()), null, "王芳"); //$NON-NLS-1$
	}
}
