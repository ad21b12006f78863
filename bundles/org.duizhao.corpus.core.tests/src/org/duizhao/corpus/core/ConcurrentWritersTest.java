package org.duizhao.corpus.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §2: a project is safe with two writers. Writers run as real threads with their own
 * project objects, and one test holds the lock from a second JVM (a single-file Java program
 * started with the JDK's own launcher) and kills it with {@code kill -9}.
 */
class ConcurrentWritersTest {

	@TempDir
	Path tmp;
	Path input;
	Path folder;

	@BeforeEach
	void setUp() throws IOException {
		input = Files.createDirectories(tmp.resolve("input"));
		for (int i = 0; i < 20; i++) {
			Files.writeString(input.resolve(String.format("doc-%02d.txt", i)),
					"关于第" + i + "项工作的通知\n各地要抓好落实。第" + i + "条。\n", StandardCharsets.UTF_8);
		}
		folder = tmp.resolve("project");
		Project.create(folder, "p");
	}

	private static ImportReport importInto(Path folder, Path input) throws IOException {
		return new Importer(Project.open(folder), ImportOptions.defaults()).importFiles(List.of(input), null);
	}

	/** Measured: the same 20 files imported twice at once gave 20 duplicate documents every time. */
	@Test
	void twoImportsOfTheSameFilesAtOnceMakeOneDocumentEach() throws Exception {
		for (int round = 0; round < 5; round++) {
			Path p = tmp.resolve("round-" + round);
			Project.create(p, "p");
			CyclicBarrier start = new CyclicBarrier(2);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<ImportReport>> runs = new ArrayList<>();
				for (int k = 0; k < 2; k++) {
					runs.add(pool.submit(() -> {
						Project project = Project.open(p);
						start.await();
						return new Importer(project, ImportOptions.defaults()).importFiles(List.of(input), null);
					}));
				}
				int imported = 0;
				int duplicates = 0;
				for (Future<ImportReport> run : runs) {
					ImportReport r = run.get(2, TimeUnit.MINUTES);
					imported += r.imported().size();
					duplicates += r.skippedByReason().getOrDefault(SkipReason.DUPLICATE, 0L).intValue();
				}
				assertThat(imported).as("round %d", round).isEqualTo(20);
				assertThat(duplicates).as("round %d", round).isEqualTo(20);
				Project reopened = Project.open(p);
				assertThat(reopened.documents()).hasSize(20);
				assertThat(reopened.problems()).isEmpty();
				for (Document d : reopened.documents()) {
					assertThat(reopened.readText(d, d.current())).isNotBlank();
				}
			} finally {
				pool.shutdownNow();
			}
		}
	}

	/** Measured: opening a project (even a read-only compare) deleted a running import's staging. */
	@Test
	void openingAProjectNeverTouchesStaging() throws Exception {
		Path run = Files.createDirectories(folder.resolve(".staging").resolve("run-of-another-program"));
		Files.writeString(run.resolve("marker"), "x");
		Project.open(folder);
		Project.open(folder).refresh();
		assertThat(run.resolve("marker")).exists();
		// a writer under the lock knows the run's writer is dead, and cleans it up
		importInto(folder, input);
		assertThat(run).doesNotExist();
	}

	@Test
	void aSecondWriterWaitsWithProgressAndCanBeCancelled() throws Exception {
		Project holderProject = Project.open(folder);
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread holder = new Thread(() -> {
			try (Project.Lease lease = holderProject.lockForWriting("test holder", Duration.ofSeconds(5), null)) {
				held.countDown();
				release.await();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		holder.start();
		assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
		List<String> told = new CopyOnWriteArrayList<>();
		NullProgressMonitor cancelling = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				told.add(name);
				if (name != null && name.contains("test holder")) {
					setCanceled(true);
				}
			}
		};
		assertThatThrownBy(() -> new Importer(Project.open(folder), ImportOptions.defaults()).lockWait(Duration.ofMinutes(1))
				.importFiles(List.of(input), cancelling)).isInstanceOf(OperationCanceledException.class);
		assertThat(told).anyMatch(t -> t.contains("test holder") && t.contains(String.valueOf(ProcessHandle.current().pid())));
		// a waiting writer goes on when the holder finishes
		Thread releaser = new Thread(() -> {
			try {
				Thread.sleep(300);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			release.countDown();
		});
		releaser.start();
		ImportReport report = new Importer(Project.open(folder), ImportOptions.defaults()).lockWait(Duration.ofMinutes(1))
				.importFiles(List.of(input), null);
		assertThat(report.imported()).hasSize(20);
		holder.join();
	}

	/**
	 * A second JVM holds the lock: the importer says who (its process id) instead of waiting for ever;
	 * after {@code kill -9} of that process the operating system has released the lock.
	 */
	@Test
	void anotherProcessHoldingTheLockIsNamedAndItsDeathReleasesIt() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Assumptions.assumeTrue(Files.isExecutable(java), "no java launcher");
		Path source = tmp.resolve("LockHolder.java");
		Files.writeString(source, LOCK_HOLDER, StandardCharsets.UTF_8);
		Process process = new ProcessBuilder(java.toString(), source.toString(), folder.resolve(".lock").toString())
				.redirectErrorStream(true).start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			assertThat(out.readLine()).isEqualTo("locked");
			assertThatThrownBy(() -> new Importer(Project.open(folder), ImportOptions.defaults())
					.lockWait(Duration.ofMillis(500)).importFiles(List.of(input), null))
					.isInstanceOfSatisfying(ProjectLockedException.class, e -> {
						assertThat(e.holder().pid()).isEqualTo(process.pid());
						assertThat(e.getMessage()).contains(String.valueOf(process.pid())).contains("other-import");
					});
			assertThat(Project.open(folder).documents()).isEmpty();
		} finally {
			process.destroyForcibly(); // SIGKILL: the process gets no chance to release anything
			process.waitFor(30, TimeUnit.SECONDS);
		}
		ImportReport report = new Importer(Project.open(folder), ImportOptions.defaults())
				.lockWait(Duration.ofSeconds(30)).importFiles(List.of(input), null);
		assertThat(report.imported()).hasSize(20);
	}

	/** The workbench and the CLI on one project: each sees what the other added, and loses nothing. */
	@Test
	void aProjectObjectSeesDocumentsAnotherAddedAndNeverDropsThem() throws Exception {
		Project workbench = Project.open(folder);
		Files.writeString(tmp.resolve("own.txt"), "工作台导入的文件\n", StandardCharsets.UTF_8);
		Document own = new Importer(workbench, ImportOptions.defaults()).importFiles(List.of(tmp.resolve("own.txt")), null)
				.imported().get(0).document();
		importInto(folder, input); // the "CLI"
		assertThat(workbench.documents()).hasSize(1);
		assertThat(workbench.refresh()).isTrue();
		assertThat(workbench.documents()).hasSize(21);
		assertThat(workbench.refresh()).isFalse();
		workbench.updateMetadata(own.id(), own.metadata().withTitle("新标题"));
		Project cli = Project.open(folder);
		assertThat(cli.documents()).hasSize(21);
		assertThat(cli.document(own.id()).orElseThrow().metadata().title()).isEqualTo("新标题");
	}

	/** A field edit is applied to the metadata on disk, so another writer's edit of another field stays. */
	@Test
	void changeMetadataKeepsAnotherWritersEditOfAnotherField() throws Exception {
		Files.writeString(tmp.resolve("own.txt"), "工作台导入的文件\n", StandardCharsets.UTF_8);
		Project workbench = Project.open(folder);
		Document own = new Importer(workbench, ImportOptions.defaults()).importFiles(List.of(tmp.resolve("own.txt")), null)
				.imported().get(0).document();
		Project cli = Project.open(folder);
		cli.updateMetadata(own.id(), own.metadata().withRegion("浙江省"));
		Document changed = workbench.changeMetadata(own.id(), m -> m.withTitle("新标题"), Duration.ofSeconds(5), null);
		assertThat(changed.metadata().title()).isEqualTo("新标题");
		assertThat(changed.metadata().region()).isEqualTo("浙江省");
		Document reread = Project.open(folder).document(own.id()).orElseThrow();
		assertThat(reread.metadata().region()).isEqualTo("浙江省");
		assertThat(reread.metadata().title()).isEqualTo("新标题");
	}

	private static final String LOCK_HOLDER = """
			import java.nio.ByteBuffer;
			import java.nio.channels.FileChannel;
			import java.nio.file.Path;
			import java.nio.file.StandardOpenOption;

			public class LockHolder {
				public static void main(String[] args) throws Exception {
					FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
							StandardOpenOption.READ, StandardOpenOption.WRITE);
					c.lock();
					c.truncate(0);
					String holder = "{\\"pid\\": " + ProcessHandle.current().pid()
							+ ", \\"host\\": \\"test-host\\", \\"purpose\\": \\"other-import\\"}";
					c.write(ByteBuffer.wrap(holder.getBytes("UTF-8")));
					System.out.println("locked");
					System.out.flush();
					Thread.sleep(600_000);
				}
			}
			""";
}
