package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.corpus.core.extract.Extraction;
import org.duizhao.corpus.core.extract.Extractor;
import org.duizhao.corpus.core.extract.Extractors;
import org.duizhao.corpus.core.extract.SkipException;
import org.duizhao.corpus.core.internal.AtomicFiles;
import org.duizhao.corpus.core.internal.DocumentFiles;
import org.duizhao.corpus.core.internal.Json;
import org.duizhao.corpus.core.internal.JsonProblem;
import org.duizhao.corpus.core.internal.Messages;
import org.duizhao.corpus.core.internal.ProjectFile;
import org.duizhao.corpus.core.internal.ProjectLayout;
import org.duizhao.corpus.core.internal.StructureFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Looks through a project folder for what is damaged and, when asked, repairs what can be repaired:
 * a missing {@code text.txt} or {@code structure.json} is rebuilt from the original bytes; a
 * document folder that cannot be read, and a damaged {@code project.json}, are moved into
 * {@code quarantine/} (and a fresh {@code project.json} written), so the project opens again and
 * nothing a researcher put there is ever deleted; staging runs of dead imports are removed. A
 * repair runs under the project's lock.
 */
public final class ProjectCheck {

	/**
	 * One thing found.
	 *
	 * @param path the file or folder concerned, not {@code null}
	 * @param problem what is wrong, not {@code null}
	 * @param repair what was done about it, or {@code null} when nothing was (not asked, or it cannot
	 *            be repaired)
	 */
	public record Finding(Path path, String problem, String repair) {
	}

	private final Path folder;
	private final boolean repair;
	private final List<Finding> findings = new ArrayList<>();
	private final Extractors extractors = Extractors.defaults();

	private ProjectCheck(Path folder, boolean repair) {
		this.folder = folder.toAbsolutePath().normalize();
		this.repair = repair;
	}

	/**
	 * @param folder a project folder
	 * @param repair whether to repair what can be repaired (under the project's lock)
	 * @param monitor progress and cancel, may be {@code null}
	 * @return what was found, in folder order; empty when the project is whole
	 * @throws ProjectException when the folder holds no project at all, or (repairing) another
	 *             writer holds the lock
	 */
	public static List<Finding> run(Path folder, boolean repair, IProgressMonitor monitor) throws IOException {
		ProjectCheck check = new ProjectCheck(folder, repair);
		if (!Files.isRegularFile(check.folder.resolve(ProjectLayout.PROJECT_JSON))) {
			throw new ProjectException(NLS.bind(Messages.errorNotAProject, check.folder));
		}
		if (!repair) {
			check.look(monitor);
			return List.copyOf(check.findings);
		}
		try (ProjectLock lock = ProjectLock.acquire(check.folder, "check --repair", Project.SHORT_WAIT, monitor)) { //$NON-NLS-1$
			check.look(monitor);
		}
		return List.copyOf(check.findings);
	}

	private void look(IProgressMonitor monitor) throws IOException {
		checkProjectFile();
		checkStaging();
		Path documents = folder.resolve(ProjectLayout.DOCUMENTS);
		if (!Files.isDirectory(documents)) {
			found(documents, Messages.problemNoDocumentsFolder,
					repair ? createdFolder(documents) : null);
			return;
		}
		List<Path> dirs = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(documents)) {
			for (Path dir : stream) {
				if (Files.isDirectory(dir) && !dir.getFileName().toString().startsWith(".")) { //$NON-NLS-1$
					dirs.add(dir);
				}
			}
		}
		dirs.sort(null);
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskCheck, dirs.size());
		for (Path dir : dirs) {
			checkDocument(dir);
			progress.split(1);
		}
	}

	private String createdFolder(Path dir) throws IOException {
		Files.createDirectories(dir);
		return Messages.checkCreated;
	}

	private void checkProjectFile() throws IOException {
		Path json = folder.resolve(ProjectLayout.PROJECT_JSON);
		try {
			ProjectFile pf = Json.GSON.fromJson(Files.readString(json, StandardCharsets.UTF_8), ProjectFile.class);
			if (pf != null && pf.format() > 0) {
				return;
			}
			found(json, NLS.bind(Messages.errorBadProjectFile, json, Messages.problemEmptyJson), repair ? rewriteProjectFile(json) : null);
		} catch (RuntimeException e) {
			found(json, NLS.bind(Messages.errorBadProjectFile, json, JsonProblem.describe(e)),
					repair ? rewriteProjectFile(json) : null);
		}
	}

	/** Keeps the damaged file in quarantine and writes a fresh one named after the folder. */
	private String rewriteProjectFile(Path json) throws IOException {
		Path kept = quarantine(json);
		ProjectFile fresh = new ProjectFile(ProjectLayout.FORMAT, folder.getFileName().toString(), Instant.now(),
				new java.util.LinkedHashMap<>());
		AtomicFiles.writeString(json, Json.GSON.toJson(fresh));
		return NLS.bind(Messages.checkProjectFileRewritten, kept);
	}

	private void checkStaging() throws IOException {
		Path staging = folder.resolve(ProjectLayout.STAGING);
		if (!Files.isDirectory(staging)) {
			return;
		}
		try (DirectoryStream<Path> runs = Files.newDirectoryStream(staging)) {
			for (Path run : runs) {
				String done = null;
				if (repair) { // under the lock: no live import has a run now
					AtomicFiles.deleteTree(run);
					done = Messages.checkRemoved;
				}
				found(run, Messages.checkStaleStaging, done);
			}
		}
	}

	private void checkDocument(Path dir) throws IOException {
		Path json = dir.resolve(ProjectLayout.DOCUMENT_JSON);
		Document d;
		try {
			d = DocumentFiles.read(dir);
		} catch (IOException | RuntimeException e) {
			String problem = Files.isRegularFile(json)
					? NLS.bind(Messages.problemBadDocument, json, JsonProblem.describe(e))
					: NLS.bind(Messages.problemNoDocumentJson, dir);
			found(dir, problem, repair ? NLS.bind(Messages.checkQuarantined, quarantine(dir)) : null);
			return;
		}
		for (DocumentVersion v : d.versions()) {
			checkVersion(dir.resolve(v.folderName()), d, v);
		}
	}

	private void checkVersion(Path version, Document d, DocumentVersion v) throws IOException {
		Path original = version.resolve(v.originalFile());
		Path text = version.resolve(ProjectLayout.TEXT);
		Path structure = version.resolve(ProjectLayout.STRUCTURE);
		if (!Files.isRegularFile(original)) {
			found(original, NLS.bind(Messages.problemNoOriginal, d.displayName(), original), null);
			return;
		}
		boolean noText = !Files.isRegularFile(text);
		boolean noStructure = !Files.isRegularFile(structure);
		if (noText || noStructure) {
			Path missing = noText ? text : structure;
			String problem = noText ? NLS.bind(Messages.problemNoText, d.displayName(), text)
					: NLS.bind(Messages.problemNoStructure, d.displayName(), structure);
			found(missing, problem, repair ? rebuild(version, v) : null);
		}
	}

	/** Decodes the original bytes again as they were decoded at import and writes text and structure. */
	private String rebuild(Path version, DocumentVersion v) throws IOException {
		Extractor extractor = extractors.forFormat(v.format());
		if (extractor == null) {
			return null;
		}
		Extraction x;
		try {
			x = extractor.extract(Files.readAllBytes(version.resolve(v.originalFile())), v.encoding());
		} catch (SkipException e) {
			return null;
		}
		AtomicFiles.writeString(version.resolve(ProjectLayout.TEXT), x.text());
		AtomicFiles.writeString(version.resolve(ProjectLayout.STRUCTURE),
				Json.GSON.toJson(StructureFile.of(x.structure(), x.text())));
		return Messages.checkRebuilt;
	}

	/** @return where {@code path} now is, inside {@code quarantine/} (never deleted) */
	private Path quarantine(Path path) throws IOException {
		Path box = Files.createDirectories(folder.resolve(ProjectLayout.QUARANTINE));
		String stamp = Instant.now().toString().replace(':', '-');
		Path target = box.resolve(path.getFileName() + "-" + stamp); //$NON-NLS-1$
		Files.move(path, target);
		return target;
	}

	private void found(Path path, String problem, String done) {
		findings.add(new Finding(path, problem, done));
	}
}
