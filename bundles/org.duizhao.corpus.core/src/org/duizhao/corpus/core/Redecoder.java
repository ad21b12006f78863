package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.duizhao.corpus.core.extract.Extraction;
import org.duizhao.corpus.core.extract.Extractor;
import org.duizhao.corpus.core.extract.Extractors;
import org.duizhao.corpus.core.extract.SkipException;
import org.duizhao.corpus.core.internal.AtomicFiles;
import org.duizhao.corpus.core.internal.DocumentFiles;

/**
 * Adds a version made by decoding the current original bytes with another charset. The version
 * folder is written under a hidden temporary name and renamed into place before
 * {@code document.json} (also atomic) names it, so a crash leaves at most an unreferenced folder,
 * which the next re-decoding replaces.
 */
final class Redecoder {

	private final Extractors extractors;

	Redecoder(Extractors extractors) {
		this.extractors = extractors;
	}

	Document redecode(Path documentFolder, Document document, String charset) throws IOException {
		DocumentVersion current = document.current();
		byte[] original = Files.readAllBytes(documentFolder.resolve(current.folderName()).resolve(current.originalFile()));
		Extractor extractor = extractors.forFormat(current.format());
		if (extractor == null) {
			throw new ProjectException("no extractor for format " + current.format()); //$NON-NLS-1$
		}
		Extraction x;
		try {
			x = extractor.extract(original, charset);
		} catch (SkipException e) {
			throw new ProjectException(e.getMessage(), e);
		}
		int number = document.versions().stream().mapToInt(DocumentVersion::number).max().orElse(0) + 1;
		DocumentVersion version = DocumentFiles.describe(number, DocumentVersion.REDECODE, current.sourceName(),
				current.format(), current.originalFile(), original, current.originalSha256(), x);
		Path temp = documentFolder.resolve(".v" + number + "-" + UUID.randomUUID()); //$NON-NLS-1$ //$NON-NLS-2$
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
