package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * An importer is meant for one run at a time.
 */
public final class Importer {

	private final Project project;
	private final ImportOptions options;
	private final Extractors extractors;

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
	 * Imports the files and folders in {@code sources}.
	 *
	 * @param monitor progress (one tick per file, the file name as sub-task), may be {@code null}
	 * @return what was imported and skipped
	 * @throws OperationCanceledException if cancelled; the project is then unchanged
	 * @throws IOException if the staging area or the project cannot be written; the project is then
	 *             unchanged
	 */
	public ImportReport importFiles(List<Path> sources, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskImport, 100);
		List<ImportReport.Skipped> skipped = new ArrayList<>();
		List<Path> files = FileCollector.collect(sources, skipped, progress.split(5));
		Path run = project.newStagingRun();
		try {
			Run r = new Run(run, skipped);
			SubMonitor loop = progress.split(90).setWorkRemaining(files.size());
			for (Path file : files) {
				loop.subTask(file.getFileName().toString());
				r.importOne(file);
				loop.split(1);
			}
			progress.split(5).subTask(Messages.taskCommit);
			project.commit(r.staged);
			return new ImportReport(r.imported, skipped);
		} finally {
			AtomicFiles.deleteTree(run);
		}
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

		void importOne(Path file) throws IOException {
			String name = file.getFileName().toString();
			Extractor extractor = extractors.forFileName(name);
			if (extractor == null) {
				skip(file, SkipReason.UNSUPPORTED, NLS.bind(Messages.skipUnsupported, Extractors.extension(name)));
				return;
			}
			byte[] bytes;
			try {
				long size = Files.size(file);
				if (size > options.maxBytes()) {
					skip(file, SkipReason.TOO_LARGE, NLS.bind(Messages.skipTooLarge, size, options.maxBytes()));
					return;
				}
				bytes = Files.readAllBytes(file);
			} catch (IOException e) {
				skip(file, SkipReason.ERROR, NLS.bind(Messages.skipError, describe(e)));
				return;
			}
			if (bytes.length == 0) {
				skip(file, SkipReason.EMPTY, Messages.skipEmpty);
				return;
			}
			String sha = Hashing.sha256(bytes);
			if (isDuplicate(file, sha)) {
				return;
			}
			Extraction x = extract(file, extractor, bytes);
			if (x != null) {
				stage(file, extractor, bytes, sha, x);
			}
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

		private Extraction extract(Path file, Extractor extractor, byte[] bytes) {
			Extraction x;
			try {
				x = extractor.extract(bytes, options.encoding());
			} catch (SkipException e) {
				skip(file, e.reason(), e.getMessage());
				return null;
			} catch (IOException | RuntimeException e) {
				if (e instanceof OperationCanceledException cancel) {
					throw cancel;
				}
				skip(file, SkipReason.ERROR, NLS.bind(Messages.skipError, describe(e)));
				return null;
			}
			if (x.text().isBlank()) {
				skip(file, SkipReason.EMPTY, Messages.skipEmpty);
				return null;
			}
			if (options.isUndecodable(x.malformed(), x.text().length())) {
				skip(file, SkipReason.UNDECODABLE, NLS.bind(Messages.skipUndecodable, x.malformed(), x.encoding()));
				return null;
			}
			return x;
		}

		private void stage(Path file, Extractor extractor, byte[] bytes, String sha, Extraction x) throws IOException {
			String ext = Extractors.extension(file.getFileName().toString());
			String originalFile = "original." + (ext.isEmpty() ? extractor.format() : ext); //$NON-NLS-1$
			DocumentVersion v = DocumentFiles.describe(1, DocumentVersion.IMPORT, file.getFileName().toString(),
					extractor.format(), originalFile, bytes, sha, x);
			Document d = DocumentFiles.newDocument(
					MetadataGuesser.guess(x.text(), x.title(), file.getFileName().toString(), file.toAbsolutePath().toString()), v);
			Path folder = stagingRoot.resolve(d.id());
			DocumentFiles.writeVersion(folder.resolve(v.folderName()), v, bytes, x);
			DocumentFiles.writeStaged(folder, d);
			staged.add(new StagedDocument(folder, d));
			imported.add(new ImportReport.Imported(file, d));
			hashesInRun.put(sha, file);
		}

		private void skip(Path file, SkipReason reason, String message) {
			skipped.add(new ImportReport.Skipped(file, reason, message));
		}
	}

	private static String describe(Exception e) {
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}
