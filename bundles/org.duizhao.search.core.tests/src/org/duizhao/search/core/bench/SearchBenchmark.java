package org.duizhao.search.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.search.core.SearchIndex;
import org.duizhao.search.core.SearchQuery;
import org.duizhao.search.core.SearchResult;
import org.duizhao.search.core.UpdateReport;

/**
 * Search benchmark, run on a flat class path by {@code releng/scripts/bench-search.sh} on the import
 * benchmark corpus (imported first, untimed): times a full index build RUNS times (the index deleted
 * before each), then each query 11 times on the warm index (as {@code duizhao search} does it: update
 * check, query, every occurrence counted, the first 100 as concordance lines), and prints medians of
 * the wall clock and of the process CPU time (all threads), which a loaded machine does not inflate.
 * Not a test: no timing is asserted anywhere.
 */
public final class SearchBenchmark {

	private static final List<String> QUERIES = List.of("脱贫攻坚", "扶贫", "两不愁三保障", "脫貧攻堅", "精准扶贫 AND 产业",
			"\"乡村振兴\" OR 全面小康", "对口支援 NOT 教育", "久久为功", "发展*", "以人民为中心的发展思想");

	/** Searches of each query. */
	private static final int QUERY_RUNS = 11;

	private SearchBenchmark() {
	}

	/** @return the CPU time of the whole process (all threads), which a loaded machine does not inflate */
	private static long cpuNanos() {
		java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
	}

	/** @param args a project folder, or a corpus folder and a new project folder; then the runs */
	public static void main(String[] args) throws IOException {
		Path first = Path.of(args[0]);
		Project project;
		int next = 1;
		if (Files.isRegularFile(first.resolve("project.json"))) {
			project = Project.open(first);
		} else {
			project = Project.create(Path.of(args[1]), "search benchmark"); //$NON-NLS-1$
			long t0 = System.nanoTime();
			int imported = new Importer(project, ImportOptions.defaults()).importFiles(List.of(first), null).imported()
					.size();
			System.out.printf(Locale.ROOT, "imported %d documents in %.1f s%n", imported, (System.nanoTime() - t0) / 1e9);
			next = 2;
		}
		int runs = args.length > next ? Integer.parseInt(args[next]) : 5;
		double[] builds = new double[runs];
		double[] cpus = new double[runs];
		UpdateReport report = null;
		for (int i = 0; i < runs; i++) {
			try (SearchIndex index = SearchIndex.of(project)) {
				deleteIndex(project);
				long t0 = System.nanoTime();
				long cpu0 = cpuNanos();
				report = index.update(null);
				builds[i] = (System.nanoTime() - t0) / 1e9;
				cpus[i] = (cpuNanos() - cpu0) / 1e9;
				System.out.printf(Locale.ROOT, "build %d: %.2f s wall, %.2f s CPU (all threads; %d documents)%n", i + 1,
						builds[i], cpus[i], report.indexed());
			}
		}
		if (runs > 0) {
			System.out.printf(Locale.ROOT, "median build: %.2f s wall, %.2f s CPU, documents=%d, index_mb=%.1f%n",
					median(builds), median(cpus), report.indexed(), size(SearchIndex.folder(project)) / 1e6);
		}
		try (SearchIndex index = SearchIndex.of(project)) {
			index.search(SearchQuery.of("扶贫"), 100, 20, null); // warm up
			List<Double> all = new ArrayList<>();
			List<Double> allCpu = new ArrayList<>();
			for (String q : QUERIES) {
				double[] times = new double[QUERY_RUNS];
				double[] cpuTimes = new double[QUERY_RUNS];
				SearchResult r = null;
				for (int i = 0; i < times.length; i++) {
					long t0 = System.nanoTime();
					long cpu0 = cpuNanos();
					r = index.search(SearchQuery.of(q), 100, 20, null);
					times[i] = (System.nanoTime() - t0) / 1e6;
					cpuTimes[i] = (cpuNanos() - cpu0) / 1e6;
				}
				double m = median(times);
				all.add(m);
				allCpu.add(median(cpuTimes));
				System.out.printf(Locale.ROOT, "query %-24s total=%-7d documents=%-5d median %.1f ms wall, %.1f ms CPU%n", q,
						r.total(), r.documents(), m, median(cpuTimes));
			}
			System.out.printf(Locale.ROOT,
					"median query: %.1f ms wall, %.1f ms CPU (medians of the per-query medians, %d queries x %d runs)%n",
					median(all.stream().mapToDouble(Double::doubleValue).toArray()),
					median(allCpu.stream().mapToDouble(Double::doubleValue).toArray()), QUERIES.size(), QUERY_RUNS);
		}
	}

	private static double median(double[] values) {
		double[] v = values.clone();
		Arrays.sort(v);
		return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
	}

	private static void deleteIndex(Project project) throws IOException {
		Path folder = SearchIndex.folder(project);
		if (Files.exists(folder)) {
			try (var files = Files.walk(folder)) {
				for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(f);
				}
			}
		}
	}

	private static long size(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
	}
}
