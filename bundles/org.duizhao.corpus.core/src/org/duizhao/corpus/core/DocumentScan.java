package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.corpus.core.internal.DocumentFiles;
import org.duizhao.corpus.core.internal.JsonProblem;
import org.duizhao.corpus.core.internal.Messages;
import org.duizhao.corpus.core.internal.ProjectLayout;
import org.eclipse.osgi.util.NLS;

/**
 * One look at {@code documents/}: every document folder, read again only when its
 * {@code document.json} changed since the last look, and every problem found on the way (a folder
 * without {@code document.json}, one that cannot be read, a version without its text or original).
 * A document whose text is missing stays listed: its original bytes can rebuild it.
 */
record DocumentScan(List<Document> documents, Map<String, FileTime> stamps, List<ProjectProblem> problems) {

	static DocumentScan of(Path documentsDir, Map<String, Document> known, Map<String, FileTime> knownStamps)
			throws IOException {
		DocumentScan scan = new DocumentScan(new ArrayList<>(), new HashMap<>(), new ArrayList<>());
		try (DirectoryStream<Path> dirs = Files.newDirectoryStream(documentsDir)) {
			for (Path dir : dirs) {
				if (Files.isDirectory(dir) && !dir.getFileName().toString().startsWith(".")) { //$NON-NLS-1$
					scan.look(dir, known, knownStamps);
				}
			}
		}
		scan.documents.sort(Comparator.comparing(Document::created).thenComparing(Document::id));
		return scan;
	}

	private void look(Path dir, Map<String, Document> known, Map<String, FileTime> knownStamps) {
		Path json = dir.resolve(ProjectLayout.DOCUMENT_JSON);
		String id = dir.getFileName().toString();
		if (!Files.isRegularFile(json)) {
			problems.add(new ProjectProblem(dir, NLS.bind(Messages.problemNoDocumentJson, dir)));
			return;
		}
		try {
			FileTime stamp = Files.getLastModifiedTime(json);
			Document d = known.get(id);
			if (d == null || !stamp.equals(knownStamps.get(id))) {
				d = DocumentFiles.read(dir);
			}
			documents.add(d);
			stamps.put(id, stamp);
			checkVersions(dir, d);
		} catch (IOException | RuntimeException e) {
			problems.add(new ProjectProblem(json, NLS.bind(Messages.problemBadDocument, json, JsonProblem.describe(e))));
		}
	}

	private void checkVersions(Path dir, Document d) {
		for (DocumentVersion v : d.versions()) {
			Path version = dir.resolve(v.folderName());
			Path original = version.resolve(v.originalFile());
			Path text = version.resolve(ProjectLayout.TEXT);
			if (!Files.isRegularFile(original)) {
				problems.add(new ProjectProblem(original, NLS.bind(Messages.problemNoOriginal, d.displayName(), original)));
			}
			if (!Files.isRegularFile(text)) {
				problems.add(new ProjectProblem(text, NLS.bind(Messages.problemNoText, d.displayName(), text)));
			}
		}
	}
}
