package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.ui.internal.prefs.Coder;
import org.duizhao.annotations.ui.internal.views.AnnotationsView;
import org.duizhao.testing.PostgresServer;
import org.duizhao.testing.ui.Workbench;
import org.junit.jupiter.api.Test;

/**
 * Three clients code one shared project at once: the real workbench (the owner, through its own
 * store and with its Annotations view open) and two coders on their own server connections, all in
 * this test JVM. Each sees the others' annotations; the workbench's view shows them without a
 * refresh, every passage names its coder, and the coder filter shows one coder's work.
 */
class ThreeClientsWorkbenchTest extends SharedServerTest {

	private static final int EACH = 12;

	@Test
	void threeClientsCodeAtOnceAndEachSeesTheOthersWork() throws Exception {
		fixture = new SharedFixture(server, temp);
		AnnotatedProject shared = fixture.shared();
		AnnotationStore workbench = fixture.store();
		Code code = workbench.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		try (PostgresAnnotationStore admin = fixture.client(PostgresServer.SUPERUSER, server.password())) {
			admin.addMember("liming", ProjectRole.CODER, "li-ming-pw"); //$NON-NLS-1$ //$NON-NLS-2$
			admin.addMember("zhangwei", ProjectRole.CODER, "zhang-wei-pw"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		AnnotationsView view = Workbench.sync(() -> (AnnotationsView) AnnotatedProject.page().showView(AnnotationsView.ID));
		// the view lives on from earlier tests in this workbench: clear the filters they left (a search
		// text, a code chosen in the Codes view, a coder)
		Workbench.run(() -> {
			view.setSearchText(""); //$NON-NLS-1$
			view.filterByCodes(List.of(), new CodeTree(List.of()));
			view.setCoder(null);
		});
		Workbench.run(view::refresh);
		Workbench.waitUntil(() -> view.project() != null && view.project().equals(shared.project) && !view.isReading(), 90);
		String owner = Coder.name(shared.project.folder());
		assertThat(owner).isEqualTo(PostgresServer.SUPERUSER);

		try (PostgresAnnotationStore liming = fixture.client("liming", "li-ming-pw"); //$NON-NLS-1$ //$NON-NLS-2$
				PostgresAnnotationStore zhangwei = fixture.client("zhangwei", "zhang-wei-pw")) { //$NON-NLS-1$ //$NON-NLS-2$
			AtomicInteger heardByLiming = new AtomicInteger();
			AtomicInteger heardByZhang = new AtomicInteger();
			liming.addListener(c -> heardByLiming.incrementAndGet());
			zhangwei.addListener(c -> heardByZhang.incrementAndGet());
			List<AnnotationStore> stores = List.of(workbench, liming, zhangwei);
			List<String> coders = List.of(owner, "liming", "zhangwei"); //$NON-NLS-1$ //$NON-NLS-2$
			codeAtOnce(shared, code, stores, coders);

			for (AnnotationStore s : stores) {
				List<Annotation> all = s.annotations(AnnotationQuery.all());
				assertThat(all).hasSize(3 * EACH);
				assertThat(s.coders()).containsExactlyInAnyOrderElementsOf(coders);
			}
			Workbench.waitUntil(() -> view.rows().size() == 3 * EACH, 90);
			Workbench.run(() -> assertThat(view.rows()).extracting(Annotation::coder).containsAll(coders));
			Workbench.run(() -> view.setCoder("liming")); //$NON-NLS-1$
			Workbench.waitUntil(() -> view.rows().size() == EACH, 90);
			Workbench.run(() -> assertThat(view.rows()).allMatch(a -> a.coder().equals("liming"))); //$NON-NLS-1$
			Workbench.run(() -> view.setCoder(null));
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while ((heardByLiming.get() == 0 || heardByZhang.get() == 0) && System.nanoTime() < end) {
				Thread.sleep(50);
			}
			assertThat(heardByLiming.get()).as("liming heard of the others' changes").isPositive(); //$NON-NLS-1$
			assertThat(heardByZhang.get()).as("zhangwei heard of the others' changes").isPositive(); //$NON-NLS-1$
		}
	}

	/** Each client adds {@link #EACH} passages in its own thread, all starting together. */
	private static void codeAtOnce(AnnotatedProject p, Code code, List<AnnotationStore> stores, List<String> coders)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(stores.size());
		CountDownLatch go = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		String text = AnnotatedProject.TEXT;
		int length = text.codePointCount(0, text.length());
		for (int c = 0; c < stores.size(); c++) {
			AnnotationStore store = stores.get(c);
			String coder = coders.get(c);
			int offset = c;
			done.add(pool.submit(() -> {
				go.await();
				for (int i = 0; i < EACH; i++) {
					int s = (offset * EACH + i) % (length - 3);
					store.addAnnotation(new NewAnnotation(p.document.id(), p.document.current().number(), s, s + 2,
							TextQuote.of(text, s, s + 2), List.of(code.id()), null, coder));
				}
				return null;
			}));
		}
		go.countDown();
		for (Future<?> f : done) {
			f.get(120, TimeUnit.SECONDS);
		}
		pool.shutdown();
	}
}
