package org.duizhao.annotations.core.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.ServerAddress;
import org.duizhao.annotations.core.internal.outbox.Outbox;
import org.duizhao.annotations.core.internal.outbox.OutboxStore;
import org.duizhao.annotations.core.internal.outbox.ReadCache;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.core.shared.SharedProjects;
import org.duizhao.testing.PostgresServer;

/**
 * Benchmark of the server store (not a unit test; {@code releng/scripts/bench-shared.sh}) on a
 * throwaway local PostgreSQL cluster: 100,000 annotations over 1,000 documents with 50 codes. Prints
 * the medians of loading one document's annotations and of a query by code, how long a change takes
 * to reach another client (median and maximum over many changes), and how long sharing a
 * 1,000-document project takes, against the shared-projects issue's targets.
 */
public final class SharedStoreBenchmark {

	private static final int DOCUMENTS = StoreLoad.DOCUMENTS;

	private SharedStoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 101;
		System.out.println("load average at start: " + load()); //$NON-NLS-1$
		try (PostgresServer server = PostgresServer.start()) {
			server.createDatabase("bench"); //$NON-NLS-1$
			server.createDatabase("upload"); //$NON-NLS-1$
			ServerAddress address = new ServerAddress(server.host(), server.port(), "bench", PostgresServer.SUPERUSER); //$NON-NLS-1$
			try (PostgresAnnotationStore store = PostgresAnnotationStore.open(address, server.password());
					PostgresAnnotationStore other = PostgresAnnotationStore.open(address, server.password())) {
				List<Code> codes = StoreLoad.codes(store);
				Random random = new Random(42);
				System.out.printf(Locale.ROOT, "bulk insert: %,d annotations in %.2f s%n", StoreLoad.ANNOTATIONS, //$NON-NLS-1$
						StoreLoad.fill(store, codes, random));
				// what autovacuum does on a real server shortly after a bulk load: fresh planner statistics
				store.writeSql(c -> org.duizhao.annotations.core.internal.sql.Sql.updatePublic(c, "ANALYZE")); //$NON-NLS-1$
				double doc = StoreLoad.median(runs, () -> store.annotations(AnnotationQuery.document("doc-" + random.nextInt(StoreLoad.DOCUMENTS)))); //$NON-NLS-1$
				System.out.printf(Locale.ROOT, "one document's annotations (~100): median %.2f ms (target <= 50)%n", doc); //$NON-NLS-1$
				double byCode = StoreLoad.median(runs,
						() -> store.annotations(AnnotationQuery.codes(Set.of(codes.get(random.nextInt(StoreLoad.CODES)).id()))));
				System.out.printf(Locale.ROOT, "query by code (~2,000 of 100,000): median %.2f ms (target <= 100)%n", byCode); //$NON-NLS-1$
				explain(store, codes.get(7).id());
				seen(store, other, runs);
				cache(store, codes, runs, random);
			}
			upload(server);
		}
		System.out.println("load average at end: " + load()); //$NON-NLS-1$
	}

	/** The read cache of a working copy: copying the 100,000 annotations, and reads from it (offline). */
	private static void cache(PostgresAnnotationStore store, List<Code> codes, int runs, Random random) throws Exception {
		Path copy = Files.createTempDirectory("duizhao-bench-cache"); //$NON-NLS-1$
		try (ReadCache cache = ReadCache.open(copy); Outbox outbox = Outbox.open(copy.resolve(OutboxStore.FILE))) {
			long t = System.nanoTime();
			cache.refresh(store, outbox);
			System.out.printf(Locale.ROOT, "read cache: copy of the server's 100,000 annotations %.2f s%n", //$NON-NLS-1$
					(System.nanoTime() - t) / 1e9);
			t = System.nanoTime();
			cache.refresh(store, outbox);
			System.out.printf(Locale.ROOT, "read cache: check of an unchanged server (fingerprint) %.1f ms%n", //$NON-NLS-1$
					(System.nanoTime() - t) / 1e6);
			double doc = StoreLoad.median(runs, () -> cache.reader()
					.annotations(AnnotationQuery.document("doc-" + random.nextInt(StoreLoad.DOCUMENTS)))); //$NON-NLS-1$
			double byCode = StoreLoad.median(runs, () -> cache.reader()
					.annotations(AnnotationQuery.codes(Set.of(codes.get(random.nextInt(StoreLoad.CODES)).id()))));
			System.out.printf(Locale.ROOT, "offline, from the read cache: one document's annotations median %.2f ms, " //$NON-NLS-1$
					+ "query by code median %.2f ms%n", doc, byCode); //$NON-NLS-1$
		} finally {
			StoreLoad.delete(copy);
		}
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip(); //$NON-NLS-1$
		} catch (java.io.IOException e) {
			return "?"; //$NON-NLS-1$
		}
	}

	/** Prints the server's plan and timing of a query by code, as the store sends it. */
	private static void explain(PostgresAnnotationStore store, String codeId) throws Exception {
		if (System.getenv("BENCH_EXPLAIN") == null) { //$NON-NLS-1$
			return;
		}
		String sql = "EXPLAIN (ANALYZE, BUFFERS) SELECT a.id, a.document_id, a.version, a.start_cp, a.end_cp, a.quote_exact, " //$NON-NLS-1$
				+ "a.quote_prefix, a.quote_suffix, a.memo, a.coder, a.created, a.modified, a.anchoring, a.row_version, " //$NON-NLS-1$
				+ "ac.code_id FROM annotations a LEFT JOIN annotation_codes ac ON ac.annotation_id = a.id " //$NON-NLS-1$
				+ "WHERE a.id IN (SELECT x.annotation_id FROM annotation_codes x WHERE x.code_id IN (?)) " //$NON-NLS-1$
				+ "ORDER BY a.document_id, a.start_cp, a.end_cp, a.id, ac.position"; //$NON-NLS-1$
		store.readSql(c -> {
			try (java.sql.PreparedStatement p = c.prepareStatement(sql)) {
				p.setString(1, codeId);
				try (java.sql.ResultSet r = p.executeQuery()) {
					while (r.next()) {
						System.out.println("  " + r.getString(1)); //$NON-NLS-1$
					}
				}
			}
			return null;
		});
	}

	/** One client edits a memo; the time until the other client's listener hears of it. */
	private static void seen(PostgresAnnotationStore writer, PostgresAnnotationStore reader, int runs) throws Exception {
		LinkedBlockingQueue<Long> heard = new LinkedBlockingQueue<>();
		reader.addListener(change -> {
			if (change.external()) {
				heard.offer(System.nanoTime());
			}
		});
		Thread.sleep(500);
		Annotation a = writer.annotations(AnnotationQuery.document("doc-1")).get(0); //$NON-NLS-1$
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			Thread.sleep(20);
			heard.clear();
			long t = System.nanoTime();
			a = writer.updateAnnotation(a.withMemo("edit " + i)); //$NON-NLS-1$
			Long at = heard.poll(5, TimeUnit.SECONDS);
			ms[i] = at == null ? 5000 : (at - t) / 1e6;
		}
		Arrays.sort(ms);
		System.out.printf(Locale.ROOT, "change seen by another client: median %.1f ms, max %.1f ms (targets: median <= 200, all <= 2000)%n", //$NON-NLS-1$
				ms[runs / 2], ms[runs - 1]);
	}

	/** Shares a made-up project of 1,000 documents (each: metadata, original bytes, text, structure). */
	private static void upload(PostgresServer server) throws Exception {
		Path folder = Files.createTempDirectory("duizhao-bench-share"); //$NON-NLS-1$
		try {
			Files.writeString(folder.resolve("project.json"), "{\"format\": 1, \"name\": \"bench\", \"settings\": {}}"); //$NON-NLS-1$ //$NON-NLS-2$
			String para = "各地要落实扶贫政策，推进产业发展，巩固脱贫攻坚成果。".repeat(60); //$NON-NLS-1$
			for (int d = 0; d < DOCUMENTS; d++) {
				Path doc = Files.createDirectories(folder.resolve("documents").resolve(UUID.randomUUID().toString())); //$NON-NLS-1$
				Files.writeString(doc.resolve("document.json"), "{\"id\": " + d + "}"); //$NON-NLS-1$ //$NON-NLS-2$
				Path v = Files.createDirectories(doc.resolve("v1")); //$NON-NLS-1$
				Files.write(v.resolve("original"), (d + para).getBytes(java.nio.charset.Charset.forName("GB18030"))); //$NON-NLS-1$ //$NON-NLS-2$
				Files.writeString(v.resolve("text.txt"), d + para, StandardCharsets.UTF_8); //$NON-NLS-1$
				Files.writeString(v.resolve("structure.json"), "{\"paragraphs\": [[0, 1680]]}"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			ServerAddress address = new ServerAddress(server.host(), server.port(), "upload", PostgresServer.SUPERUSER); //$NON-NLS-1$
			long t = System.nanoTime();
			SharedProjects.ShareResult r = SharedProjects.share(folder, address, server.password(), null);
			System.out.printf(Locale.ROOT, "share a 1,000-document project (%,d files): %.2f s (target <= 60)%n", //$NON-NLS-1$
					r.files(), (System.nanoTime() - t) / 1e9);
		} finally {
			StoreLoad.delete(folder);
		}
	}
}
