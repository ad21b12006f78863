package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.corpus.core.extract.Extraction;
import org.duizhao.corpus.core.extract.Extractor;
import org.duizhao.corpus.core.extract.Extractors;
import org.duizhao.corpus.core.extract.SkipException;
import org.duizhao.corpus.core.internal.DocumentFiles;

/**
 * Adds a version made by decoding the current original bytes with another charset, written as
 * {@link VersionFolders} writes every new version (atomic, a crash leaves the document as it was).
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
		DocumentVersion version = DocumentFiles.describe(VersionFolders.nextNumber(document), DocumentVersion.REDECODE,
				current.sourceName(), current.format(), current.originalFile(), original, current.originalSha256(), x);
		return VersionFolders.add(documentFolder, document, version, original, x);
	}
}
