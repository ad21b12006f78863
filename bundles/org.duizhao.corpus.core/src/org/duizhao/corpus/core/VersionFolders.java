package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import org.duizhao.corpus.core.extract.Extraction;
import org.duizhao.corpus.core.internal.AtomicFiles;
import org.duizhao.corpus.core.internal.DocumentFiles;

/**
 * Adds a version folder to a document safely: the folder is written under a hidden temporary name
 * and renamed into place before {@code document.json} (also written atomically) names it, so a
 * crash leaves at most an unreferenced folder, which the next new version replaces.
 */
final class VersionFolders {

	private VersionFolders() {
	}

	/** @return the number the next version of {@code document} gets */
	static int nextNumber(Document document) {
		return document.versions().stream().mapToInt(DocumentVersion::number).max().orElse(0) + 1;
	}

	/** Writes {@code version} (its original bytes and extraction) and then {@code document.json}. */
	static Document add(Path documentFolder, Document document, DocumentVersion version, byte[] original,
			Extraction x) throws IOException {
		Path temp = documentFolder.resolve(".v" + version.number() + "-" + UUID.randomUUID()); //$NON-NLS-1$ //$NON-NLS-2$
		Path target = documentFolder.resolve(version.folderName());
		try {
			DocumentFiles.writeVersion(temp, version, original, x);
			AtomicFiles.deleteTree(target); // left by a crash before document.json named it
			AtomicFiles.moveFolder(temp, target);
		} finally {
			AtomicFiles.deleteTree(temp);
		}
		Document updated = document.withVersion(version);
		DocumentFiles.write(documentFolder, updated);
		return updated;
	}
}
