package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.duizhao.corpus.core.extract.Extraction;
import org.duizhao.corpus.core.extract.Extractor;
import org.duizhao.corpus.core.extract.Extractors;
import org.duizhao.corpus.core.extract.SkipException;
import org.duizhao.corpus.core.internal.DocumentFiles;
import org.duizhao.corpus.core.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Adds a version made from another file: a corrected or updated text of the same document (origin
 * {@value DocumentVersion#REVISION}). The file is read as import reads it (extractor by file name,
 * encoding detected) and kept unchanged as the version's original; metadata stay as they are. The
 * version is written as {@link VersionFolders} writes every new version.
 */
final class Reviser {

	private final Extractors extractors;

	Reviser(Extractors extractors) {
		this.extractors = extractors;
	}

	Document addVersion(Path documentFolder, Document document, Path file) throws IOException {
		String name = file.getFileName().toString();
		Extractor extractor = extractors.forFileName(name);
		if (extractor == null) {
			throw new ProjectException(NLS.bind(Messages.skipUnsupported, Extractors.extension(name)));
		}
		byte[] bytes = Files.readAllBytes(file);
		Extraction x;
		try {
			x = bytes.length == 0 ? null : extractor.extract(bytes, null);
		} catch (SkipException e) {
			throw new ProjectException(e.getMessage(), e);
		}
		if (x == null || x.text().isBlank()) {
			throw new ProjectException(Messages.skipEmpty);
		}
		String ext = Extractors.extension(name);
		String originalFile = "original." + (ext.isEmpty() ? extractor.format() : ext); //$NON-NLS-1$
		DocumentVersion version = DocumentFiles.describe(VersionFolders.nextNumber(document), DocumentVersion.REVISION,
				name, extractor.format(), originalFile, bytes, null, x);
		return VersionFolders.add(documentFolder, document, version, bytes, x);
	}
}
