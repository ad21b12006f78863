package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.duizhao.corpus.core.extract.Extractors;
import org.duizhao.corpus.core.internal.AtomicFiles;
import org.duizhao.corpus.core.internal.DocumentFiles;
import org.duizhao.corpus.core.internal.Json;
import org.duizhao.corpus.core.internal.JsonProblem;
import org.duizhao.corpus.core.internal.Messages;
import org.duizhao.corpus.core.internal.ProjectFile;
import org.duizhao.corpus.core.internal.ProjectLayout;
import org.duizhao.corpus.core.internal.StructureFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * A project: a folder a researcher can copy, back up and send (format in PROJECT-FORMAT.md).
 * <p>
 * Opening reads every {@code document.json} once and keeps the documents and an index of their
 * original-byte hashes in memory; a document that cannot be read is reported in {@link #problems()}
 * and left out, it never stops the project from opening. {@link #refresh()} reads what other
 * programs changed since. Every change is written atomically (temporary file or folder, then an
 * atomic rename), so a crash loses at most the change under way.
 * <p>
 * Several programs may have one project open. Readers take no lock and never touch
 * {@code .staging}; every writer holds the project's {@link ProjectLock} while it writes, and
 * re-reads what it changes under it. Thread-safe: methods are synchronized on the project, and the
 * threads of one project object share its lock.
 */
public final class Project {

	private ProjectNormalization normalization;

	private final Path folder;
	private ProjectFile file;
	private final Map<String, Document> documents = new LinkedHashMap<>();
	private final Map<String, String> idByOriginalHash = new HashMap<>();
	private final List<ProjectProblem> problems = new ArrayList<>();
	private final Map<String, FileTime> loadedStamps = new HashMap<>();
	private final Extractors extractors = Extractors.defaults();
	private final List<ProjectListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
	private ProjectLock lock;
	private int lockUsers;

	/** How long a small write (metadata, re-decoding) waits for another writer. */
	static final Duration SHORT_WAIT = Duration.ofSeconds(10);

	private Project(Path folder, ProjectFile file) {
		this.folder = folder;
		this.file = file;
	}

	/**
	 * Creates a project in {@code folder} (created if needed; may already hold other files).
	 *
	 * @param folder not {@code null}
	 * @param name the project's display name, not {@code null}
	 * @throws ProjectException if the folder already holds a project
	 */
	public static Project create(Path folder, String name) throws IOException {
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		Path dir = folder.toAbsolutePath();
		if (Files.exists(dir.resolve(ProjectLayout.PROJECT_JSON))) {
			throw new ProjectException(NLS.bind(Messages.errorProjectExists, dir));
		}
		Files.createDirectories(dir.resolve(ProjectLayout.DOCUMENTS));
		Project p = new Project(dir, new ProjectFile(ProjectLayout.FORMAT, name, Instant.now(), new LinkedHashMap<>()));
		p.saveProjectFile();
		new ProjectNormalization(p).ensureFiles();
		return p;
	}

	/**
	 * Opens a project for reading (and for writing under its lock). Opening never changes the folder:
	 * staging folders of an import under way in another program stay untouched.
	 *
	 * @throws ProjectException if there is no readable {@code project.json} (the message names the
	 *             file and what is wrong) or its format is newer
	 */
	public static Project open(Path folder) throws IOException {
		Path dir = folder.toAbsolutePath();
		Path json = dir.resolve(ProjectLayout.PROJECT_JSON);
		if (!Files.isRegularFile(json)) {
			throw new ProjectException(NLS.bind(Messages.errorNotAProject, dir));
		}
		ProjectFile pf;
		try {
			pf = Json.GSON.fromJson(Files.readString(json, StandardCharsets.UTF_8), ProjectFile.class);
		} catch (RuntimeException e) {
			throw new ProjectException(NLS.bind(Messages.errorBadProjectFile, json, JsonProblem.describe(e)), e);
		}
		if (pf == null || pf.format() <= 0) {
			throw new ProjectException(NLS.bind(Messages.errorBadProjectFile, json, Messages.problemEmptyJson));
		}
		if (pf.format() > ProjectLayout.FORMAT) {
			throw new ProjectException(NLS.bind(Messages.errorFormatTooNew, pf.format(), ProjectLayout.FORMAT));
		}
		Project p = new Project(dir, pf);
		p.refresh();
		return p;
	}

	/** @return the project folder (absolute) */
	/** @return this project's normalization tables (look-alikes, boilerplate rules) */
	public synchronized ProjectNormalization normalization() {
		if (normalization == null) {
			normalization = new ProjectNormalization(this);
		}
		return normalization;
	}

	public Path folder() {
		return folder;
	}

	/** @return the display name */
	public synchronized String name() {
		return file.name();
	}

	/** @return when the project was created, or {@code null} if project.json lacks it */
	public synchronized Instant created() {
		return file.created();
	}

	/** @return the settings stored in project.json, read-only, never {@code null} */
	public synchronized Map<String, Object> settings() {
		return file.settings() == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(file.settings()));
	}

	/** Renames the project (written atomically, under the project's lock). */
	public void rename(String newName) throws IOException {
		Objects.requireNonNull(newName, "newName"); //$NON-NLS-1$
		try (Lease lease = lockForWriting("rename", SHORT_WAIT, null)) { //$NON-NLS-1$
			synchronized (this) {
				file = new ProjectFile(ProjectLayout.FORMAT, newName, file.created(), file.settings());
				saveProjectFile();
			}
		}
	}

	/** @return the documents in import order, a snapshot, never {@code null} */
	public synchronized List<Document> documents() {
		return List.copyOf(documents.values());
	}

	/** Tells {@code listener} about every document change this project object writes. */
	public void addListener(ProjectListener listener) {
		listeners.add(Objects.requireNonNull(listener, "listener")); //$NON-NLS-1$
	}

	/** Stops telling {@code listener}; unknown listeners are ignored. */
	public void removeListener(ProjectListener listener) {
		listeners.remove(listener);
	}

	/** @return the document with {@code id}, if any */
	public synchronized Optional<Document> document(String id) {
		return Optional.ofNullable(documents.get(id));
	}

	/** @return documents that could not be read when the project was opened, never {@code null} */
	public synchronized List<ProjectProblem> problems() {
		return List.copyOf(problems);
	}

	/** @return the document whose original bytes have this SHA-256, if any */
	public synchronized Optional<Document> findByOriginalHash(String sha256) {
		String id = idByOriginalHash.get(sha256);
		return id == null ? Optional.empty() : Optional.ofNullable(documents.get(id));
	}

	/**
	 * Replaces a document's metadata and writes {@code document.json} atomically, under the
	 * project's lock, onto the document as it is on disk now (another program may have changed it).
	 *
	 * @return the updated document
	 * @throws ProjectException if there is no such document, or another writer holds the lock
	 */
	public Document updateMetadata(String id, Metadata metadata) throws IOException {
		Objects.requireNonNull(metadata, "metadata"); //$NON-NLS-1$
		return changeMetadata(id, m -> metadata, SHORT_WAIT, null);
	}

	/**
	 * Changes a document's metadata under the project's lock: {@code change} gets the metadata as
	 * they are on disk once the lock is held, so an edit of one field keeps what another writer
	 * changed in another field meanwhile. Meant for a background job: it waits for another writer
	 * up to {@code wait}, saying on {@code monitor} whom it waits for.
	 *
	 * @param change from the metadata on disk to the new metadata, not {@code null}
	 * @param monitor cancelling it stops the wait; may be {@code null}
	 * @return the updated document
	 * @throws ProjectException if there is no such document, or another writer still holds the lock
	 *         after {@code wait}
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled while waiting
	 */
	public Document changeMetadata(String id, java.util.function.UnaryOperator<Metadata> change, Duration wait,
			IProgressMonitor monitor) throws IOException {
		Objects.requireNonNull(change, "change"); //$NON-NLS-1$
		return replace(id, "metadata", wait, monitor, () -> { //$NON-NLS-1$
			Document current = onDisk(id);
			Document updated = current.withMetadata(Objects.requireNonNull(change.apply(current.metadata())));
			DocumentFiles.write(documentFolder(id), updated);
			return updated;
		});
	}

	/**
	 * Decodes the current version's original bytes again with {@code charset} and adds the result as
	 * a new, now current version; metadata stay as they are. Under the project's lock.
	 *
	 * @return the updated document
	 * @throws ProjectException if there is no such document or the bytes cannot be decoded
	 */
	public Document redecode(String id, String charset) throws IOException {
		return replace(id, "redecode", //$NON-NLS-1$
				() -> new Redecoder(extractors).redecode(documentFolder(id), onDisk(id), charset));
	}

	/**
	 * Removes documents and their folders: used to undo an import whose later steps failed (an
	 * annotation import that added documents and then could not write its annotations). Each folder
	 * is first renamed into the staging area in one atomic step, so a crash leaves either the whole
	 * document or none of it.
	 *
	 * @param ids the documents to remove; unknown ids are ignored
	 */
	public void deleteDocuments(java.util.Collection<String> ids) throws IOException {
		try (Lease lease = lockForWriting("delete", SHORT_WAIT, null)) { //$NON-NLS-1$
			synchronized (this) {
				Path trash = newStagingRun();
				for (String id : ids) {
					Document d = documents.remove(id);
					if (d != null) {
						idByOriginalHash.values().removeIf(id::equals);
						loadedStamps.remove(id);
						AtomicFiles.moveFolder(documentFolder(id), trash.resolve(id));
					}
				}
				AtomicFiles.deleteTree(trash);
			}
		}
		fire(new java.util.LinkedHashSet<>(ids));
	}

	/**
	 * Adds the text of {@code file} as a new, now current version of a document (a corrected or
	 * updated text; origin {@value DocumentVersion#REVISION}). The file is read as import reads it,
	 * by its extension, with the encoding detected; its bytes are kept as the version's original.
	 * Metadata stay as they are. Written atomically like a re-decoding, under the project's lock.
	 *
	 * @return the updated document
	 * @throws ProjectException if there is no such document, the file type is not supported, the
	 *             file holds no text or cannot be decoded, or another writer holds the lock
	 */
	public Document addVersion(String id, Path file) throws IOException {
		return replace(id, "revision", //$NON-NLS-1$
				() -> new Reviser(extractors).addVersion(documentFolder(id), onDisk(id), file));
	}

	/** Makes the new state of one document (and writes it to its folder); runs under the project's lock. */
	@FunctionalInterface
	private interface DocumentChange {
		Document apply() throws IOException;
	}

	/**
	 * Replaces a document by what {@code change} makes, under the project's lock (held for
	 * {@code purpose}), then tells the listeners.
	 *
	 * @return the updated document
	 */
	private Document replace(String id, String purpose, DocumentChange change) throws IOException {
		return replace(id, purpose, SHORT_WAIT, null, change);
	}

	private Document replace(String id, String purpose, Duration wait, IProgressMonitor monitor, DocumentChange change)
			throws IOException {
		Document changed;
		try (Lease lease = lockForWriting(purpose, wait, monitor)) {
			synchronized (this) {
				changed = change.apply();
				put(changed);
			}
		}
		fire(java.util.Set.of(id));
		return changed;
	}

	/**
	 * Reads what other programs changed since the project was opened or last refreshed: new
	 * documents, removed ones, and changed {@code document.json} files (found by their modification
	 * time, so a refresh of an unchanged project reads no file). Problems are found afresh.
	 *
	 * @return whether the documents changed
	 */
	public synchronized boolean refresh() throws IOException {
		Path documentsFolder = folder.resolve(ProjectLayout.DOCUMENTS);
		if (!Files.isDirectory(documentsFolder)) {
			problems.clear();
			problems.add(new ProjectProblem(documentsFolder, Messages.problemNoDocumentsFolder));
			boolean changed = !documents.isEmpty();
			documents.clear();
			idByOriginalHash.clear();
			loadedStamps.clear();
			return changed;
		}
		DocumentScan scan = DocumentScan.of(folder.resolve(ProjectLayout.DOCUMENTS), documents, loadedStamps);
		problems.clear();
		problems.addAll(scan.problems());
		if (scan.documents().equals(new ArrayList<>(documents.values()))) {
			return false;
		}
		documents.clear();
		idByOriginalHash.clear();
		loadedStamps.clear();
		loadedStamps.putAll(scan.stamps());
		scan.documents().forEach(this::add);
		return true;
	}

	/**
	 * @return the decoded text of a version
	 * @throws ProjectException naming the document and the file when {@code text.txt} is missing
	 */
	public String readText(Document document, DocumentVersion version) throws IOException {
		Path text = versionFolder(document, version).resolve(ProjectLayout.TEXT);
		if (!Files.isRegularFile(text)) {
			throw new ProjectException(NLS.bind(Messages.problemNoText, document.displayName(), text));
		}
		return Files.readString(text, StandardCharsets.UTF_8);
	}

	/** @return the original bytes of a version, unchanged */
	public byte[] readOriginal(Document document, DocumentVersion version) throws IOException {
		return Files.readAllBytes(versionFolder(document, version).resolve(version.originalFile()));
	}

	/** @return the paragraphs and headings of a version, as UTF-16 ranges of its text */
	public Structure readStructure(Document document, DocumentVersion version) throws IOException {
		Path path = versionFolder(document, version).resolve(ProjectLayout.STRUCTURE);
		StructureFile sf = Json.GSON.fromJson(Files.readString(path, StandardCharsets.UTF_8), StructureFile.class);
		return sf.toStructure(readText(document, version));
	}

	/** @return the folder of a version (for viewers that open files directly) */
	public Path versionFolder(Document document, DocumentVersion version) {
		return documentFolder(document.id()).resolve(version.folderName());
	}

	Path documentFolder(String id) {
		return folder.resolve(ProjectLayout.DOCUMENTS).resolve(id);
	}

	Extractors extractors() {
		return extractors;
	}

	/**
	 * Moves staged document folders into {@code documents/}, one atomic rename each. If one move
	 * fails, the ones already moved are moved back, so the import changes nothing.
	 */
	synchronized void commit(List<StagedDocument> staged) throws IOException {
		List<StagedDocument> moved = new ArrayList<>();
		try {
			for (StagedDocument s : staged) {
				AtomicFiles.moveFolder(s.folder(), documentFolder(s.document().id()));
				moved.add(s);
			}
		} catch (IOException | RuntimeException e) {
			for (StagedDocument s : moved) {
				AtomicFiles.moveFolder(documentFolder(s.document().id()), s.folder());
			}
			throw e;
		}
		for (StagedDocument s : staged) {
			put(s.document());
		}
		java.util.Set<String> ids = new java.util.LinkedHashSet<>();
		staged.forEach(s -> ids.add(s.document().id()));
		fire(ids);
	}

	/** @return a fresh staging folder for one import run; call under the lock */
	Path newStagingRun() throws IOException {
		Files.createDirectories(folder.resolve(ProjectLayout.DOCUMENTS));
		return Files.createDirectories(
				folder.resolve(ProjectLayout.STAGING).resolve(java.util.UUID.randomUUID().toString()));
	}

	/**
	 * Deletes staging runs left by writers that died. Only under the lock: every live writer holds
	 * it while its run exists, so any run found now belongs to a dead one.
	 */
	void deleteStaleStaging() throws IOException {
		Path staging = folder.resolve(ProjectLayout.STAGING);
		if (Files.isDirectory(staging)) {
			try (DirectoryStream<Path> runs = Files.newDirectoryStream(staging)) {
				for (Path run : runs) {
					AtomicFiles.deleteTree(run);
				}
			}
		}
	}

	/**
	 * Takes the project's writer lock for this project object, or joins the hold another of its
	 * threads has (the object's own writes are synchronized, so they cannot clash).
	 *
	 * @throws ProjectLockedException when another program holds it past {@code wait}
	 */
	Lease lockForWriting(String purpose, Duration wait, IProgressMonitor monitor) throws IOException {
		synchronized (this) {
			if (lock != null) {
				lockUsers++;
				return new Lease();
			}
		}
		ProjectLock taken = ProjectLock.acquire(folder, purpose, wait, monitor);
		synchronized (this) {
			if (lock != null) {
				taken.close();
			} else {
				lock = taken;
			}
			lockUsers++;
			return new Lease();
		}
	}

	/** One use of the project's lock; the last one to close releases it. */
	final class Lease implements AutoCloseable {
		private boolean closed;

		@Override
		public void close() throws IOException {
			synchronized (Project.this) {
				if (closed) {
					return;
				}
				closed = true;
				if (--lockUsers == 0) {
					ProjectLock held = lock;
					lock = null;
					held.close();
				}
			}
		}
	}

	/**
	 * Tells the listeners; one that throws is passed to the thread's uncaught-exception handler so
	 * that it neither hides the change nor stops the other listeners.
	 */
	private void fire(java.util.Set<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		java.util.Set<String> snapshot = java.util.Set.copyOf(ids);
		for (ProjectListener l : listeners) {
			try {
				l.documentsChanged(this, snapshot);
			} catch (RuntimeException e) {
				Thread t = Thread.currentThread();
				t.getUncaughtExceptionHandler().uncaughtException(t, e);
			}
		}
	}

	/** @return the document as its {@code document.json} says now */
	private Document onDisk(String id) throws IOException {
		if (!documents.containsKey(id) && !Files.isDirectory(documentFolder(id))) {
			throw new ProjectException(NLS.bind(Messages.errorUnknownDocument, id));
		}
		try {
			return DocumentFiles.read(documentFolder(id));
		} catch (java.nio.file.NoSuchFileException e) {
			throw new ProjectException(NLS.bind(Messages.errorUnknownDocument, id), e);
		} catch (RuntimeException e) {
			throw new ProjectException(NLS.bind(Messages.problemBadDocument, id, JsonProblem.describe(e)), e);
		}
	}

	private void add(Document d) {
		documents.put(d.id(), d);
		for (DocumentVersion v : d.versions()) {
			idByOriginalHash.putIfAbsent(v.originalSha256(), d.id());
		}
	}

	/** Replaces or adds one document, keeping its place and the hash index. */
	private void put(Document d) {
		add(d);
		stamp(d.id());
	}

	private void stamp(String id) {
		try {
			loadedStamps.put(id, Files.getLastModifiedTime(documentFolder(id).resolve(ProjectLayout.DOCUMENT_JSON)));
		} catch (IOException e) {
			loadedStamps.remove(id);
		}
	}

	private void saveProjectFile() throws IOException {
		AtomicFiles.writeString(folder.resolve(ProjectLayout.PROJECT_JSON), Json.GSON.toJson(file));
	}
}
