package org.duizhao.annotations.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real second processes on one annotations.db: killed with SIGKILL in the middle of a burst of
 * writes or of a one-transaction import, and writing at the same time as this process.
 */
class CrashAndConcurrencyTest {

	@TempDir
	Path folder;
	private Code code;

	@BeforeEach
	void createStore() throws Exception {
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			code = store.createCode(null, "crash", null, null, null); //$NON-NLS-1$
		}
	}

	private static BufferedReader out(Process p) {
		return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
	}

	@RepeatedTest(5)
	void aBurstKilledMidWayKeepsEveryCommittedAnnotation(RepetitionInfo info) throws Exception {
		int killAfter = 20 + new Random(info.getCurrentRepetition()).nextInt(200);
		Process p = ChildJvm.start(StoreWriterMain.class, "burst", folder.toString(), "1000000"); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> committed = new ArrayList<>();
		try (BufferedReader r = out(p)) {
			for (String line = r.readLine(); line != null && committed.size() < killAfter; line = r.readLine()) {
				committed.add(line.substring("committed ".length())); //$NON-NLS-1$
			}
			p.destroyForcibly(); // SIGKILL while it writes: no shutdown hook, no close
		}
		assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(committed).hasSizeGreaterThanOrEqualTo(killAfter);
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			for (String id : committed) {
				assertThat(store.annotation(id)).as(id).isPresent();
			}
			assertThat(store.annotations(AnnotationQuery.all()).size()).isGreaterThanOrEqualTo(committed.size());
			store.addAnnotation(StoreWriterMain.annotation(code, 1, "after")); //$NON-NLS-1$
		}
	}

	@RepeatedTest(5)
	void anImportKilledMidWayIsAllOrNothing(RepetitionInfo info) throws Exception {
		int n = 20_000;
		Process p = ChildJvm.start(StoreWriterMain.class, "import", folder.toString(), String.valueOf(n)); //$NON-NLS-1$
		try (BufferedReader r = out(p)) {
			assertThat(r.readLine()).isEqualTo("started"); //$NON-NLS-1$
			Thread.sleep(new Random(info.getCurrentRepetition()).nextInt(400));
			p.destroyForcibly();
		}
		assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			assertThat(store.annotations(AnnotationQuery.all()).size()).isIn(0, n);
		}
	}

	@Test
	void twoProcessesAndThisOneWriteAtOnceAndLoseNothing() throws Exception {
		int each = 300;
		Process first = ChildJvm.start(StoreWriterMain.class, "burst", folder.toString(), String.valueOf(each), "first"); //$NON-NLS-1$ //$NON-NLS-2$
		Process second = ChildJvm.start(StoreWriterMain.class, "burst", folder.toString(), String.valueOf(each), "second"); //$NON-NLS-1$ //$NON-NLS-2$
		try (AnnotationStore store = AnnotationStores.open(folder)) {
			for (int i = 0; i < each; i++) {
				store.addAnnotation(StoreWriterMain.annotation(code, i, "parent")); //$NON-NLS-1$
			}
			List<String> ids = new ArrayList<>();
			for (Process p : List.of(first, second)) {
				try (BufferedReader r = out(p)) {
					r.lines().forEach(line -> ids.add(line.substring("committed ".length()))); //$NON-NLS-1$
				}
				assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
				assertThat(p.exitValue()).isZero();
			}
			assertThat(ids).hasSize(2 * each);
			assertThat(store.annotations(AnnotationQuery.all())).hasSize(3 * each);
			for (String coder : List.of("first", "second", "parent")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				assertThat(store.annotations(AnnotationQuery.all().byCoder(coder))).hasSize(each);
			}
		}
	}
}
