package org.duizhao.annotations.core.internal.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreChange;
import org.duizhao.annotations.core.TextQuote;
import org.junit.jupiter.api.Test;

/** Several clients on one shared project at once, on a real server. */
class ConcurrentClientsTest extends ServerTest {

	private static final String TEXT = "各地要落实扶贫政策，推进产业发展，巩固脱贫攻坚成果。"; //$NON-NLS-1$

	private PostgresAnnotationStore client() throws Exception {
		return PostgresAnnotationStore.open(address, server.password());
	}

	private static NewAnnotation passage(String doc, int start, String coder, Code code) {
		return new NewAnnotation(doc, 1, start, start + 2, TextQuote.of(TEXT, start, start + 2), List.of(code.id()),
				null, coder);
	}

	@Test
	void twoClientsEditingOneAnnotationGetExactlyOneConflictAndLoseNothing() throws Exception {
		try (PostgresAnnotationStore a = client(); PostgresAnnotationStore b = client()) {
			Code code = a.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			Annotation original = a.addAnnotation(passage("d1", 0, "王芳", code)); //$NON-NLS-1$ //$NON-NLS-2$
			Annotation seenByB = b.annotation(original.id()).orElseThrow();
			Annotation saved = a.updateAnnotation(original.withMemo("A 的备注")); //$NON-NLS-1$
			assertThatThrownBy(() -> b.updateAnnotation(seenByB.withMemo("B 的备注"))) //$NON-NLS-1$
					.isInstanceOfSatisfying(ConflictException.class,
							e -> assertThat(((Annotation) e.current()).memo()).isEqualTo("A 的备注")); //$NON-NLS-1$
			assertThat(b.annotation(original.id()).orElseThrow()).isEqualTo(saved);
		}
	}

	@Test
	void aRefusedEditIsResolvedByKeepingMineTakingTheirsOrMergingTheMemo() throws Exception {
		try (PostgresAnnotationStore a = client(); PostgresAnnotationStore b = client()) {
			Code one = a.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			Code two = a.createCode(null, "产业", null, null, null); //$NON-NLS-1$
			Annotation original = a.addAnnotation(passage("d1", 0, "王芳", one)); //$NON-NLS-1$ //$NON-NLS-2$
			Annotation theirs = a.updateAnnotation(original.withMemo("甲的看法")); //$NON-NLS-1$
			Annotation mine = original.withMemo("乙的看法").withCodes(List.of(one.id(), two.id())); //$NON-NLS-1$
			ConflictException refused = org.junit.jupiter.api.Assertions.assertThrows(ConflictException.class,
					() -> b.updateAnnotation(mine));
			Annotation current = (Annotation) refused.current();
			assertThat(org.duizhao.annotations.core.Conflicts.takeTheirs(current)).isEqualTo(theirs);
			Annotation merged = org.duizhao.annotations.core.Conflicts.mergeMemo(b, mine, current);
			assertThat(merged.memo()).isEqualTo("甲的看法\n\n乙的看法"); //$NON-NLS-1$
			assertThat(merged.codeIds()).containsExactly(one.id(), two.id());
			Annotation kept = org.duizhao.annotations.core.Conflicts.keepMine(a, mine, merged);
			assertThat(a.annotation(original.id()).orElseThrow().memo()).isEqualTo("乙的看法").isEqualTo(kept.memo()); //$NON-NLS-1$
			assertThatThrownBy(() -> org.duizhao.annotations.core.Conflicts.keepMine(b, mine, merged))
					.as("a resolution against a stale version is a conflict again").isInstanceOf(ConflictException.class);
		}
	}

	@Test
	void aThousandEditsFromThreeClientsAreAllOnTheServerOrReportedAsConflicts() throws Exception {
		List<PostgresAnnotationStore> clients = List.of(client(), client(), client());
		try {
			Code code = clients.get(0).createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			List<Annotation> shared = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				shared.add(clients.get(0).addAnnotation(passage("d" + i, 0, "王芳", code))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			ConcurrentHashMap<String, String> lastWritten = new ConcurrentHashMap<>();
			AtomicInteger saved = new AtomicInteger();
			AtomicInteger conflicts = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(3);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < 3; c++) {
				PostgresAnnotationStore store = clients.get(c);
				int client = c;
				done.add(pool.submit((Callable<Void>) () -> {
					go.await();
					for (int e = 0; e < 334 && client * 334 + e < 1000; e++) {
						Annotation target = shared.get((client * 7 + e) % shared.size());
						Annotation current = store.annotation(target.id()).orElseThrow();
						String memo = "client " + client + " edit " + e; //$NON-NLS-1$ //$NON-NLS-2$
						try {
							synchronized (lastWritten) {
								// the write and the record of it happen together so the expected memo is exact
								store.updateAnnotation(current.withMemo(memo));
								lastWritten.put(target.id(), memo);
							}
							saved.incrementAndGet();
						} catch (ConflictException ex) {
							conflicts.incrementAndGet();
						}
					}
					return null;
				}));
			}
			go.countDown();
			for (Future<?> f : done) {
				f.get(120, TimeUnit.SECONDS);
			}
			pool.shutdown();
			assertThat(saved.get() + conflicts.get()).isEqualTo(1000);
			long versions = 0;
			for (Annotation a : clients.get(1).annotations(AnnotationQuery.all())) {
				versions += a.rowVersion() - 1;
				assertThat(a.memo()).isEqualTo(lastWritten.getOrDefault(a.id(), "")); //$NON-NLS-1$
			}
			assertThat(versions).as("every saved edit is one row version on the server").isEqualTo(saved.get());
		} finally {
			for (PostgresAnnotationStore s : clients) {
				s.close();
			}
		}
	}

	@Test
	void racingWritersWithoutASharedLockLoseNoUpdate() throws Exception {
		List<PostgresAnnotationStore> clients = List.of(client(), client(), client());
		try {
			Code code = clients.get(0).createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			Annotation target = clients.get(0).addAnnotation(passage("d1", 0, "王芳", code)); //$NON-NLS-1$ //$NON-NLS-2$
			AtomicInteger saved = new AtomicInteger();
			AtomicInteger conflicts = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(3);
			List<Future<?>> done = new ArrayList<>();
			for (PostgresAnnotationStore store : clients) {
				done.add(pool.submit((Callable<Void>) () -> {
					for (int e = 0; e < 100; e++) {
						Annotation current = store.annotation(target.id()).orElseThrow();
						try {
							store.updateAnnotation(current.withMemo(current.memo() + "x")); //$NON-NLS-1$
							saved.incrementAndGet();
						} catch (ConflictException ex) {
							conflicts.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get(120, TimeUnit.SECONDS);
			}
			pool.shutdown();
			Annotation end = clients.get(2).annotation(target.id()).orElseThrow();
			assertThat(saved.get() + conflicts.get()).isEqualTo(300);
			assertThat(end.memo()).hasSize(saved.get());
			assertThat(end.rowVersion()).isEqualTo(1 + saved.get());
		} finally {
			for (PostgresAnnotationStore s : clients) {
				s.close();
			}
		}
	}

	@Test
	void threeClientsCodingOneProjectSeeEachOthersWorkWithinTwoSeconds() throws Exception {
		List<PostgresAnnotationStore> clients = List.of(client(), client(), client());
		try {
			List<BlockingQueue<StoreChange>> heard = new ArrayList<>();
			for (PostgresAnnotationStore s : clients) {
				BlockingQueue<StoreChange> q = new LinkedBlockingQueue<>();
				s.addListener(change -> {
					if (change.external()) {
						q.add(change);
					}
				});
				heard.add(q);
			}
			Thread.sleep(300); // the listeners' LISTEN is in place
			Code code = clients.get(0).createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
			String[] coders = { "王芳", "李明", "陈静" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (int c = 0; c < 3; c++) {
				for (BlockingQueue<StoreChange> q : heard) {
					q.clear();
				}
				clients.get(c).addAnnotation(passage("d1", c * 3, coders[c], code)); //$NON-NLS-1$
				for (int other = 0; other < 3; other++) {
					if (other != c) {
						assertThat(heard.get(other).poll(2, TimeUnit.SECONDS)).as("client " + other + " hears " + c) //$NON-NLS-1$ //$NON-NLS-2$
								.isNotNull();
					}
				}
				assertThat(heard.get(c).poll(300, TimeUnit.MILLISECONDS)).as("own change is not external").isNull();
			}
			for (PostgresAnnotationStore s : clients) {
				assertThat(s.coders()).containsExactlyInAnyOrder(coders);
				assertThat(s.annotations(AnnotationQuery.all())).hasSize(3);
			}
		} finally {
			for (PostgresAnnotationStore s : clients) {
				s.close();
			}
		}
	}
}
