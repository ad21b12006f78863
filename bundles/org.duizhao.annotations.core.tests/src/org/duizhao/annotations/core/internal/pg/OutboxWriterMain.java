package org.duizhao.annotations.core.internal.pg;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;

/**
 * The second process of {@link OutboxOfflineTest}: opens a working copy whose server is down, queues
 * N annotations, prints {@code queued ID} after each and {@code all queued} at the end, then waits to
 * be killed. Arguments: COPY HOST PORT DB USER PASSWORD N.
 */
public final class OutboxWriterMain {

	private OutboxWriterMain() {
	}

	public static void main(String[] args) throws Exception {
		ServerAddress address = new ServerAddress(args[1], Integer.parseInt(args[2]), args[3], args[4]);
		String password = args[5];
		int n = Integer.parseInt(args[6]);
		OutboxStore store = OutboxStore.open(Path.of(args[0]), () -> PostgresAnnotationStore.open(address, password),
				address.toString());
		for (int i = 0; i < n; i++) {
			int start = i % 10;
			String id = store.addAnnotation(new NewAnnotation("d" + i, 1, start, start + 2, //$NON-NLS-1$
					TextQuote.of(OutboxOfflineTest.TEXT, start, start + 2), List.of(), null, "王芳")).id(); //$NON-NLS-1$
			System.out.println("queued " + id); //$NON-NLS-1$
			System.out.flush();
		}
		System.out.println("all queued"); //$NON-NLS-1$
		System.out.flush();
		Thread.sleep(600_000);
	}
}
