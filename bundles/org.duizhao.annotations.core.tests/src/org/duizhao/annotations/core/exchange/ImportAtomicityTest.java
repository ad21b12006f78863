package org.duizhao.annotations.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.StoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/** A failed or cancelled import changes nothing: not the store, not the project's documents. */
class ImportAtomicityTest extends WithExchangeFixtures {

	private Path exported(ExchangeFormat format) throws IOException {
		ExchangeFixture from = ExchangeFixture.coded(tmp, "from-" + format); //$NON-NLS-1$
		Path file = tmp.resolve("out." + format.extension()); //$NON-NLS-1$
		from.exchange().export(format, file, null);
		return file;
	}

	@Test
	void aStoreFailureInTheMiddleOfAQdpxImportLeavesStoreAndDocumentsAsTheyWere() throws IOException {
		Path file = exported(ExchangeFormat.QDPX);
		ExchangeFixture to = ExchangeFixture.empty(tmp, "to"); //$NON-NLS-1$
		// three codes are created, the annotations added, then writing the first memo fails
		AnnotationExchange failing = new AnnotationExchange(to.project, FailingStore.around(to.store, 4), "x"); //$NON-NLS-1$

		assertThatThrownBy(() -> failing.importFile(file, null)).isInstanceOf(StoreException.class);

		assertThat(to.store.codes()).isEmpty();
		assertThat(to.signatures()).isEmpty();
		assertThat(to.store.allMemos()).isEmpty();
		assertThat(to.project.documents()).isEmpty();
		try (var files = Files.list(to.project.folder().resolve("documents"))) { //$NON-NLS-1$
			assertThat(files.toList()).isEmpty();
		}
		// and the same import succeeds afterwards
		assertThat(to.exchange().importFile(file, null).annotations()).isEqualTo(4);
	}

	@Test
	void aStoreFailureInTheMiddleOfAW3cImportLeavesTheStoreAsItWas() throws IOException {
		Path file = exported(ExchangeFormat.W3C);
		ExchangeFixture to = ExchangeFixture.documents(tmp, "to"); //$NON-NLS-1$
		String own = to.store.createCode(null, "自己的", null, null, null).id(); //$NON-NLS-1$
		to.annotate(to.a, "第二条", List.of(own), "", "me"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<String> before = to.signatures();
		List<String> codes = to.codeLines();
		// three codes are created by path, then adding the annotations fails
		AnnotationExchange failing = new AnnotationExchange(to.project, FailingStore.around(to.store, 3), "x"); //$NON-NLS-1$

		assertThatThrownBy(() -> failing.importFile(file, null)).isInstanceOf(StoreException.class);

		assertThat(to.signatures()).isEqualTo(before).hasSize(1);
		assertThat(to.codeLines()).isEqualTo(codes).hasSize(1);
	}

	/** Cancels once it has been asked {@code after} times. */
	private static final class CancelAfter extends NullProgressMonitor {
		private final int after;
		int calls;

		CancelAfter(int after) {
			this.after = after;
		}

		@Override
		public boolean isCanceled() {
			return ++calls > after;
		}
	}

	@Test
	void anImportCancelledAtAnyPointChangesNothing() throws IOException {
		Path file = exported(ExchangeFormat.QDPX);
		CancelAfter probe = new CancelAfter(Integer.MAX_VALUE);
		ExchangeFixture.empty(tmp, "probe").exchange().importFile(file, probe); //$NON-NLS-1$
		int asked = probe.calls;
		assertThat(asked).isGreaterThan(3);
		for (int at : new int[] { 0, asked / 3, 2 * asked / 3, asked - 1 }) {
			ExchangeFixture to = ExchangeFixture.empty(tmp, "to" + at); //$NON-NLS-1$
			assertThatThrownBy(() -> to.exchange().importFile(file, new CancelAfter(at))).as("cancel at " + at) //$NON-NLS-1$
					.isInstanceOf(OperationCanceledException.class);
			assertThat(to.store.codes()).isEmpty();
			assertThat(to.signatures()).isEmpty();
			assertThat(to.store.allMemos()).isEmpty();
			assertThat(to.project.documents()).isEmpty();
		}
	}

	@Test
	void aCancelledExportLeavesNoFile() throws IOException {
		ExchangeFixture from = ExchangeFixture.coded(tmp, "from"); //$NON-NLS-1$
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		Path out = tmp.resolve("x.csv"); //$NON-NLS-1$
		assertThatThrownBy(() -> from.exchange().export(ExchangeFormat.CSV, out, cancelled))
				.isInstanceOf(OperationCanceledException.class);
		assertThat(out).doesNotExist();
		try (var files = Files.list(tmp)) {
			assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp")); //$NON-NLS-1$
		}
	}
}
