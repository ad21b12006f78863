package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
import org.duizhao.corpus.core.internal.Messages;
import org.duizhao.corpus.core.internal.ProjectFile;
import org.duizhao.corpus.core.internal.ProjectLayout;
import org.duizhao.corpus.core.internal.StructureFile;
import org.eclipse.osgi.util.NLS;

/**
 * A project: a folder a researcher can copy, back up and send (format in PROJECT-FORMAT.md).
 * <p>
 * Opening reads every {@code document.json} once and keeps the documents and an index of their
 * original-byte hashes in memory; a document that cannot be read is reported in {@link #problems()}
 * and left out, it never stops the project from opening. Every change is written atomically
 * (temporary file or folder, then an atomic rename), so a crash loses at most the change under
 * way. Thread-safe: methods are synchronized on the project.
 */
public final class Project {

	private ProjectNormalization normalization;

	private final Path folder;
	private ProjectFile file;
	private final Map<String, Document> documents = new LinkedHashMap<>();
	private final Map<String, String> idByOriginalHash = new HashMap<>();
	private final List<ProjectProblem> problems = new ArrayList<>();
	private final Extractors extractors = Extractors.defaults();

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
	 * Opens a project, removing staging folders left by an interrupted import.
	 *
	 * @throws ProjectException if there is no readable {@code project.json} or its format is newer
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
			throw new ProjectException(NLS.bind(Messages.errorBadProjectFile, e.getMessage()), e);
		}
		if (pf == null) {
			throw new ProjectException(NLS.bind(Messages.errorBadProjectFile, json));
		}
		if (pf.format() > ProjectLayout.FORMAT) {
			throw new ProjectException(NLS.bind(Messages.errorFormatTooNew, pf.format(), ProjectLayout.FORMAT));
		}
		Project p = new Project(dir, pf);
		AtomicFiles.deleteTree(dir.resolve(ProjectLayout.STAGING));
		Files.createDirectories(dir.resolve(ProjectLayout.DOCUMENTS));
		p.loadDocuments();
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

	/** Renames the project (written atomically). */
	public synchronized void rename(String newName) throws IOException {
		file = new ProjectFile(ProjectLayout.FORMAT, Objects.requireNonNull(newName, "newName"), file.created(), //$NON-NLS-1$
				file.settings());
		saveProjectFile();
	}

	/** @return the documents in import order, a snapshot, never {@code null} */
	public synchronized List<Document> documents() {
		return List.copyOf(documents.values());
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
	 * Replaces a document's metadata and writes {@code document.json} atomically.
	 *
	 * @return the updated document
	 * @throws ProjectException if there is no such document
	 */
	public synchronized Document updateMetadata(String id, Metadata metadata) throws IOException {
		Document updated = require(id).withMetadata(Objects.requireNonNull(metadata, "metadata")); //$NON-NLS-1$
		DocumentFiles.write(documentFolder(id), updated);
		documents.put(id, updated);
		return updated;
	}

	/**
	 * Decodes the current version's original bytes again with {@code charset} and adds the result as
	 * a new, now current version; metadata stay as they are.
	 *
	 * @return the updated document
	 * @throws ProjectException if there is no such document or the bytes cannot be decoded
	 */
	public synchronized Document redecode(String id, String charset) throws IOException {
		Document updated = new Redecoder(extractors).redecode(documentFolder(id), require(id), charset);
		documents.put(id, updated);
		return updated;
	}

	/**
	 * Adds the text of {@code file} as a new, now current version of a document (a corrected or
	 * updated text; origin {@value DocumentVersion#REVISION}). The file is read as import reads it,
	 * by its extension, with the encoding detected; its bytes are kept as the version's original.
	 * Metadata stay as they are. Written atomically like a re-decoding.
	 *
	 * @return the updated document
	 * @throws ProjectException if there is no such document, the file type is not supported, or the
	 *             file holds no text or cannot be decoded
	 */
	public synchronized Document addVersion(String id, Path file) throws IOException {
		Document updated = new Reviser(extractors).addVersion(documentFolder(id), require(id), file);
		documents.put(id, updated);
		idByOriginalHash.putIfAbsent(updated.current().originalSha256(), id);
		return updated;
	}

	/** @return the decoded text of a version */
	public String readText(Document document, DocumentVersion version) throws IOException {
		return Files.readString(versionFolder(document, version).resolve(ProjectLayout.TEXT), StandardCharsets.UTF_8);
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
			add(s.document());
		}
	}

	/** @return a fresh staging folder for one import run */
	Path newStagingRun() throws IOException {
		return Files.createDirectories(
				folder.resolve(ProjectLayout.STAGING).resolve(java.util.UUID.randomUUID().toString()));
	}

	private Document require(String id) throws ProjectException {
		Document d = documents.get(id);
		if (d == null) {
			throw new ProjectException(NLS.bind(Messages.errorUnknownDocument, id));
		}
		return d;
	}

	private void add(Document d) {
		documents.put(d.id(), d);
		for (DocumentVersion v : d.versions()) {
			idByOriginalHash.putIfAbsent(v.originalSha256(), d.id());
		}
	}

	private void loadDocuments() throws IOException {
		List<Document> loaded = new ArrayList<>();
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(folder.resolve(ProjectLayout.DOCUMENTS))) {
			for (Path dir : dirs) {
				if (Files.isDirectory(dir) && !dir.getFileName().toString().startsWith(".")) { //$NON-NLS-1$
					loadDocument(dir, loaded);
				}
			}
		}
		loaded.sort(Comparator.comparing(Document::created).thenComparing(Document::id));
		loaded.forEach(this::add);
	}

	private void loadDocument(Path dir, List<Document> loaded) {
		if (!Files.isRegularFile(dir.resolve(ProjectLayout.DOCUMENT_JSON))) {
			problems.add(new ProjectProblem(dir, NLS.bind(Messages.problemNoDocumentJson, dir.getFileName())));
			return;
		}
		try {
			loaded.add(DocumentFiles.read(dir));
		} catch (IOException | RuntimeException e) {
			String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
			problems.add(new ProjectProblem(dir.resolve(ProjectLayout.DOCUMENT_JSON),
					NLS.bind(Messages.problemBadDocument, dir.getFileName(), why)));
		}
	}

	private void saveProjectFile() throws IOException {
		AtomicFiles.writeString(folder.resolve(ProjectLayout.PROJECT_JSON), Json.GSON.toJson(file));
	}
}
