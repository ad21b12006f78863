package org.duizhao.corpus.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.DocumentVersion;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.corpus.core.extract.Extraction;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.script.ScriptDetector;

import com.google.gson.JsonParseException;

/** Reads and writes a document folder: {@code document.json} and the version folders. */
public final class DocumentFiles {

	private DocumentFiles() {
	}

	/**
	 * @throws IOException if the file cannot be read
	 * @throws JsonParseException or {@link RuntimeException} if its content is malformed
	 */
	public static Document read(Path documentFolder) throws IOException {
		String json = Files.readString(documentFolder.resolve(ProjectLayout.DOCUMENT_JSON), StandardCharsets.UTF_8);
		DocumentFile file = Json.GSON.fromJson(json, DocumentFile.class);
		if (file == null) {
			throw new JsonParseException("empty document.json"); //$NON-NLS-1$
		}
		Document d = file.toDocument();
		UUID.fromString(d.id()); // the id must be a UUID, as its folder name
		if (!d.id().equals(documentFolder.getFileName().toString())) {
			throw new JsonParseException("id " + d.id() + " does not match its folder"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return d;
	}

	/** Writes {@code document.json} atomically (temporary file + rename). */
	public static void write(Path documentFolder, Document d) throws IOException {
		AtomicFiles.writeString(documentFolder.resolve(ProjectLayout.DOCUMENT_JSON), Json.GSON.toJson(DocumentFile.of(d)));
	}

	/** Writes {@code document.json} plainly, for folders not yet visible in the project. */
	public static void writeStaged(Path documentFolder, Document d) throws IOException {
		Files.writeString(documentFolder.resolve(ProjectLayout.DOCUMENT_JSON), Json.GSON.toJson(DocumentFile.of(d)),
				StandardCharsets.UTF_8);
	}

	/**
	 * Describes a new version from an extraction (counts, script, hashes).
	 *
	 * @param originalSha256 hash of {@code original}, if the caller has it, else {@code null}
	 */
	public static DocumentVersion describe(int number, String origin, String sourceName, String format,
			String originalFile, byte[] original, String originalSha256, Extraction x) {
		String sha = originalSha256 != null ? originalSha256 : Hashing.sha256(original);
		return new DocumentVersion(number, Instant.now(), origin, sourceName, format, originalFile, x.encoding(),
				x.confidence(), x.bomLength(), x.malformed(), sha, Hashing.sha256(x.text()), CodePoints.length(x.text()),
				x.structure().paragraphs().size(), ScriptDetector.detect(x.text()));
	}

	/** Writes a version folder: original bytes, text (UTF-8) and structure (code points). */
	public static void writeVersion(Path versionFolder, DocumentVersion v, byte[] original, Extraction x)
			throws IOException {
		Files.createDirectories(versionFolder);
		Files.write(versionFolder.resolve(v.originalFile()), original);
		Files.writeString(versionFolder.resolve(ProjectLayout.TEXT), x.text(), StandardCharsets.UTF_8);
		Files.writeString(versionFolder.resolve(ProjectLayout.STRUCTURE),
				Json.GSON.toJson(StructureFile.of(x.structure(), x.text())), StandardCharsets.UTF_8);
	}

	/** @return a new document with one imported version */
	public static Document newDocument(Metadata metadata, DocumentVersion first) {
		return new Document(UUID.randomUUID().toString(), first.created(), metadata, List.of(first));
	}
}
