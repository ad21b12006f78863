package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.duizhao.corpus.core.extract.Extraction;
import org.duizhao.corpus.core.extract.Extractor;
import org.duizhao.corpus.core.extract.Extractors;
import org.duizhao.corpus.core.extract.SkipException;
import org.duizhao.corpus.core.guess.MetadataGuesser;
import org.duizhao.corpus.core.internal.AtomicFiles;
import org.duizhao.corpus.core.internal.DocumentFiles;
import org.duizhao.corpus.core.internal.Hashing;
import org.duizhao.corpus.core.internal.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Imports files and folders (recursively; hidden files and folders are passed over) into a project.
 * <p>
 * Transactional: new documents are written to {@code .staging/<run-id>/} and moved into
 * {@code documents/} only after every file has been handled, one atomic folder rename each. A
 * cancelled or failed import deletes its staging folder and leaves the project as it was. Each file
 * is read and decoded once; duplicates are found through the project's in-memory hash index.
 * <p>
 * The whole run holds the project's {@link ProjectLock}: a second writer (another program, or
 * another project object) waits, with its monitor told why, up to {@link #lockWait(Duration)}. Under
 * the lock the project is first refreshed from disk, so documents another program imported a moment
 * ago count as duplicates, and staging runs of dead writers are deleted.
 * Files are read and hashed in order on the calling thread; extraction, metadata guessing and
 * staging run on a few worker threads, batch by batch, and results are recorded in file order.
 * An importer is meant for one run at a time.
 */
public final class Importer {

	/** Two cores are the benchmark machine; more rarely help, as writing files dominates. */
	private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
	private static final int BATCH_FILES = 64;
	private static final long BATCH_BYTES = 64L * 1024 * 1024;

	private final Project project;
	private final ImportOptions options;
	private final Extractors extractors;
	private Duration lockWait = ProjectLock.DEFAULT_WAIT;
	private String purpose = "import"; //$NON-NLS-1$

	/** @param project the target, not {@code null}; @param options not {@code null} */
	public Importer(Project project, ImportOptions options) {
		this(project, options, project.extractors());
	}

	/** @param extractors the extractors to use instead of the defaults (tests, plug-ins) */
	public Importer(Project project, ImportOptions options, Extractors extractors) {
		this.project = Objects.requireNonNull(project, "project"); //$NON-NLS-1$
		this.options = Objects.requireNonNull(options, "options"); //$NON-NLS-1$
		this.extractors = Objects.requireNonNull(extractors, "extractors"); //$NON-NLS-1$
	}

	/**
	 * @param wait how long to wait for another writer to release the project, not {@code null}
	 * @return this importer
	 */
	public Importer lockWait(Duration wait) {
		this.lockWait = Objects.requireNonNull(wait, "wait"); //$NON-NLS-1$
		return this;
	}

	/**
	 * @param what what this import is, as other writers are told while it holds the lock (e.g.
	 *            {@code "duizhao import"}), not {@code null}
	 * @return this importer
	 */
	public Importer purpose(String what) {
		this.purpose = Objects.requireNonNull(what, "what"); //$NON-NLS-1$
		return this;
	}

	/**
	 * Imports the files and folders in {@code sources}.
	 *
	 * @param monitor progress (one tick per file, the file name as sub-task), may be {@code null}
	 * @return what was imported and skipped
	 * @throws OperationCanceledException if cancelled; the project is then unchanged
	 * @throws ProjectLockedException if another writer holds the project past the wait
	 * @throws IOException if the staging area or the project cannot be written; the project is then
	 *             unchanged
	 */
	public ImportReport importFiles(List<Path> sources, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskImport, 100);
		List<ImportReport.Skipped> skipped = new ArrayList<>();
		List<Path> files = FileCollector.collect(sources, skipped, progress.split(4));
		try (Project.Lease lease = project.lockForWriting(purpose, lockWait, progress.split(1))) {
			project.refresh();
			project.deleteStaleStaging();
			return importLocked(files, skipped, progress);
		}
	}

	private ImportReport importLocked(List<Path> files, List<ImportReport.Skipped> skipped, SubMonitor progress)
			throws IOException {
		Path run = project.newStagingRun();
		ExecutorService workers = Executors.newFixedThreadPool(THREADS, Importer::daemon);
		Throwable failure = null;
		try {
			Run r = new Run(run, skipped);
			SubMonitor loop = progress.split(90).setWorkRemaining(files.size());
			List<Pending> batch = new ArrayList<>();
			long batchBytes = 0;
			for (Path file : files) {
				loop.subTask(file.getFileName().toString());
				Pending p = r.prepare(file);
				loop.split(1);
				if (p != null) {
					batch.add(p);
					batchBytes += p.bytes.length;
				}
				if (batch.size() >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
					r.process(batch, workers);
					batch.clear();
					batchBytes = 0;
				}
			}
			r.process(batch, workers);
			progress.split(5).subTask(Messages.taskCommit);
			List<ImportReport.SameTitle> sameTitles = sameTitles(r.imported);
			project.commit(r.staged);
			return new ImportReport(r.imported, skipped, sameTitles);
		} catch (Throwable t) {
			failure = t;
			throw t;
		} finally {
			cleanUp(workers, run, failure);
		}
	}

	/** @return the new documents whose title a document of the project, or an earlier new one, has */
	private List<ImportReport.SameTitle> sameTitles(List<ImportReport.Imported> imported) {
		Map<String, Document> byTitle = new HashMap<>();
		for (Document d : project.documents()) {
			byTitle.putIfAbsent(d.displayName(), d);
		}
		List<ImportReport.SameTitle> same = new ArrayList<>();
		for (ImportReport.Imported i : imported) {
			Document other = byTitle.putIfAbsent(i.document().displayName(), i.document());
			if (other != null) {
				same.add(new ImportReport.SameTitle(i.document(), other));
			}
		}
		return same;
	}

	/**
	 * Stops the workers and waits for them, so that none is still writing into the staging folder
	 * while it is deleted; a cleanup failure never hides the failure that caused it.
	 */
	private static void cleanUp(ExecutorService workers, Path run, Throwable failure) throws IOException {
		workers.shutdownNow();
		try {
			workers.awaitTermination(1, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		try {
			AtomicFiles.deleteTree(run);
		} catch (IOException e) {
			if (failure == null) {
				throw e;
			}
			failure.addSuppressed(e);
		}
	}

	private static Thread daemon(Runnable r) {
		Thread t = new Thread(r, "duizhao-import"); //$NON-NLS-1$
		t.setDaemon(true);
		return t;
	}

	/** A file read and hashed, waiting to be extracted. */
	private record Pending(Path file, Extractor extractor, byte[] bytes, String sha) {
	}

	/** The result of extracting one file: a staged document or a skip. */
	private record Outcome(StagedDocument staged, ImportReport.Imported imported, ImportReport.Skipped skipped) {
	}

	/** The state of one import run. */
	private final class Run {
		final Path stagingRoot;
		final List<ImportReport.Skipped> skipped;
		final List<StagedDocument> staged = new ArrayList<>();
		final List<ImportReport.Imported> imported = new ArrayList<>();
		final Map<String, Path> hashesInRun = new HashMap<>();

		Run(Path stagingRoot, List<ImportReport.Skipped> skipped) {
			this.stagingRoot = stagingRoot;
			this.skipped = skipped;
		}

		/** Reads and hashes one file in file order; returns {@code null} if it is skipped. */
		Pending prepare(Path file) {
			String name = file.getFileName().toString();
			Extractor extractor = extractors.forFileName(name);
			if (extractor == null) {
				skip(file, SkipReason.UNSUPPORTED, NLS.bind(Messages.skipUnsupported, Extractors.extension(name)));
				return null;
			}
			byte[] bytes;
			try {
				long size = Files.size(file);
				if (size > options.maxBytes()) {
					skip(file, SkipReason.TOO_LARGE, NLS.bind(Messages.skipTooLarge, size, options.maxBytes()));
					return null;
				}
				bytes = Files.readAllBytes(file);
			} catch (IOException e) {
				skip(file, SkipReason.ERROR, NLS.bind(Messages.skipError, describe(e)));
				return null;
			}
			if (bytes.length == 0) {
				skip(file, SkipReason.EMPTY, Messages.skipEmpty);
				return null;
			}
			String sha = Hashing.sha256(bytes);
			if (isDuplicate(file, sha)) {
				return null;
			}
			// claimed now, so a later copy in this run is a duplicate even before this one is extracted
			hashesInRun.put(sha, file);
			return new Pending(file, extractor, bytes, sha);
		}

		/**
		 * Extracts a batch on the worker threads (decoding, guessing and writing dominate the cost)
		 * and records the outcomes in file order, so reports are the same on any machine.
		 */
		void process(List<Pending> batch, ExecutorService workers) throws IOException {
			List<Future<Outcome>> futures = new ArrayList<>(batch.size());
			for (Pending p : batch) {
				futures.add(workers.submit(() -> extractAndStage(p)));
			}
			for (Future<Outcome> f : futures) {
				Outcome o = await(f);
				if (o.skipped() != null) {
					skipped.add(o.skipped());
				} else {
					staged.add(o.staged());
					imported.add(o.imported());
				}
			}
		}

		private Outcome extractAndStage(Pending p) throws IOException {
			Extraction x;
			try {
				x = p.extractor.extract(p.bytes, options.encoding());
			} catch (SkipException e) {
				return skipped(p.file, e.reason(), e.getMessage());
			} catch (IOException | RuntimeException e) {
				return skipped(p.file, SkipReason.ERROR, NLS.bind(Messages.skipError, describe(e)));
			} catch (OutOfMemoryError | StackOverflowError e) {
				// what the limits did not foresee: this file's garbage is gone now, the others go on
				return skipped(p.file, SkipReason.OVER_LIMIT, Messages.skipOutOfMemory);
			}
			if (isBlank(x.text())) {
				return skipped(p.file, SkipReason.EMPTY, Messages.skipEmpty);
			}
			if (options.isUndecodable(x.malformed(), x.text().length())) {
				return skipped(p.file, SkipReason.UNDECODABLE,
						NLS.bind(Messages.skipUndecodable, x.malformed(), x.encoding()));
			}
			return stage(p.file, p.extractor, p.bytes, p.sha, x);
		}

		private boolean isDuplicate(Path file, String sha) {
			Optional<Document> existing = project.findByOriginalHash(sha);
			if (existing.isPresent()) {
				skip(file, SkipReason.DUPLICATE, NLS.bind(Messages.skipDuplicateInProject,
						existing.get().displayName(), existing.get().id()));
				return true;
			}
			Path earlier = hashesInRun.get(sha);
			if (earlier != null) {
				skip(file, SkipReason.DUPLICATE, NLS.bind(Messages.skipDuplicateInRun, earlier));
				return true;
			}
			return false;
		}

		private Outcome stage(Path file, Extractor extractor, byte[] bytes, String sha, Extraction x) throws IOException {
			String ext = Extractors.extension(file.getFileName().toString());
			String originalFile = "original." + (ext.isEmpty() ? extractor.format() : ext); //$NON-NLS-1$
			DocumentVersion v = DocumentFiles.describe(1, DocumentVersion.IMPORT, file.getFileName().toString(),
					extractor.format(), originalFile, bytes, sha, x);
			Document d = DocumentFiles.newDocument(MetadataGuesser.guess(x.text(), x.title(),
					file.getFileName().toString(), file.toAbsolutePath().toString()), v);
			Path folder = stagingRoot.resolve(d.id());
			DocumentFiles.writeVersion(folder.resolve(v.folderName()), v, bytes, x);
			DocumentFiles.writeStaged(folder, d);
			return new Outcome(new StagedDocument(folder, d), new ImportReport.Imported(file, d), null);
		}

		private Outcome skipped(Path file, SkipReason reason, String message) {
			return new Outcome(null, null, new ImportReport.Skipped(file, reason, message));
		}

		private void skip(Path file, SkipReason reason, String message) {
			skipped.add(new ImportReport.Skipped(file, reason, message));
		}
	}

	/** Waits for a worker; its failure (an I/O error writing the staging area, or worse) is ours. */
	private static Outcome await(Future<Outcome> f) throws IOException {
		try {
			return f.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof RuntimeException re) {
				throw re;
			}
			if (cause instanceof Error err) {
				throw err;
			}
			throw new IOException(cause);
		}
	}

	/**
	 * Blank as a reader sees it: besides white space, no-break spaces and the zero-width characters
	 * (a stray byte order mark, U+200B…U+200D, U+2060) show nothing either.
	 */
	static boolean isBlank(String text) {
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u2060'
					&& (c < '\u200B' || c > '\u200D')) {
				return false;
			}
		}
		return true;
	}

	private static String describe(Exception e) {
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}
