package org.duizhao.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.corpus.core.ProjectNormalization;
import org.duizhao.text.core.normalize.Normalizer;
import org.duizhao.text.core.normalize.ScriptTarget;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.extract.Extractor;
import org.duizhao.corpus.core.extract.Extractors;
import org.duizhao.corpus.core.extract.SkipException;
import org.eclipse.osgi.util.NLS;

/**
 * The two original texts of a comparison: decoded from files as import decodes them, or read
 * from a project's documents (current versions) named by id, id prefix, title or source name.
 *
 * @param a text A
 * @param b text B
 * @param normalizer the normalizer for both: the project's, or the standard one for files
 */
record CompareTexts(String a, String b, Normalizer normalizer) {

	static CompareTexts ofFiles(Path a, Path b) throws IOException {
		return new CompareTexts(decode(a), decode(b), Normalizer.standard());
	}

	static CompareTexts ofProject(Path folder, String a, String b, Io io) throws IOException {
		if (!Files.isRegularFile(folder.resolve("project.json"))) { //$NON-NLS-1$
			throw new IllegalArgumentException(NLS.bind(Messages.Compare_noProject, folder));
		}
		Project project = Project.open(folder);
		ImportCommand.warnProblems(project, io);
		// the project's own look-alike table and boilerplate rules apply to its documents
		Normalizer normalizer = new ProjectNormalization(project).normalizer(ScriptTarget.SIMPLIFIED);
		return new CompareTexts(read(project, a), read(project, b), normalizer);
	}

	/** @return the decoded text of {@code file} */
	static String decode(Path file) throws IOException {
		requireRegularFile(file);
		String name = file.getFileName().toString();
		Extractor extractor = Extractors.defaults().forFileName(name);
		if (extractor == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Error_unsupportedType, name));
		}
		try {
			// the text alone: compare has no use for paragraphs
			return extractor.extractText(Files.readAllBytes(file), null);
		} catch (SkipException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Error_fileProblem, file, e.getMessage()), e);
		}
	}

	/**
	 * @throws IllegalArgumentException naming what is wrong: no such file, or not a regular file (a
	 *             FIFO would block the read for ever and {@code /dev/zero} never ends)
	 */
	static void requireRegularFile(Path file) {
		if (!Files.exists(file)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Error_noSuchFile, file));
		}
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Error_notRegular, file));
		}
	}

	private static String read(Project project, String key) throws IOException {
		Document doc = find(project.documents(), key);
		return project.readText(doc, doc.current());
	}

	/** @return the one document matching {@code key} */
	static Document find(List<Document> documents, String key) {
		List<Document> exact = documents.stream()
				.filter(d -> d.id().equals(key) || key.equals(d.displayName()) || key.equals(d.current().sourceName()))
				.toList();
		List<Document> found = exact.isEmpty()
				? documents.stream().filter(d -> d.id().startsWith(key) || d.displayName().contains(key)).toList()
				: exact;
		if (found.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Compare_noMatch, key));
		}
		if (found.size() > 1) {
			throw new IllegalArgumentException(NLS.bind(Messages.Compare_manyMatches, found.size(), key));
		}
		return found.get(0);
	}
}
