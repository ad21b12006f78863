package org.duizhao.annotations.core.internal.pg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.duizhao.annotations.core.internal.sql.Sql;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Brings a working copy's project files and the server's into step, both ways, against the
 * {@link FileBaseline} (the hashes both last agreed on): a file changed or added only here is
 * uploaded (by an owner; others keep it locally and it is counted), one changed only on the server
 * is fetched, one deleted on one side is deleted on the other. A file changed on both sides (or
 * differing with no baseline to tell) takes the server's version; the local one is first set aside
 * under {@value #KEPT}, so that nothing is lost.
 */
public final class FileSync {

	/** Where local files that lost to the server's version are set aside (hidden: never shared). */
	public static final String KEPT = ".duizhao/kept"; //$NON-NLS-1$

	/**
	 * What a sync did.
	 *
	 * @param fetched files fetched from the server
	 * @param uploaded files uploaded (or deleted on the server)
	 * @param kept local files set aside because the server's version won
	 * @param notUploaded local changes this member's role may not upload (they stay local)
	 */
	public record Result(int fetched, int uploaded, int kept, int notUploaded) {
	}

	private final Connection c;
	private final Path folder;
	private final boolean mayUpload;
	private final Map<String, String> baseline;
	private final List<String> toUpload = new ArrayList<>();
	private int fetched;
	private int deleted;
	private int kept;
	private int notUploaded;

	private FileSync(Connection c, Path folder) throws SQLException {
		this.c = c;
		this.folder = folder;
		this.mayUpload = mayUpload(c);
		this.baseline = FileBaseline.read(folder);
	}

	/** Syncs {@code folder} with the server's files in one transaction of {@code c}. */
	public static Result sync(Connection c, Path folder, IProgressMonitor monitor) throws SQLException, IOException {
		return new FileSync(c, folder).run(monitor);
	}

	/** @return whether this login may write the project's files: an owner (or the tables' owner) */
	private static boolean mayUpload(Connection c) throws SQLException {
		return Sql.queryLong(c, "SELECT CASE WHEN duizhao_role() = 'owner' OR pg_has_role(current_user, " //$NON-NLS-1$
				+ "(SELECT tableowner FROM pg_tables WHERE tablename = 'project_files' AND schemaname = current_schema()), " //$NON-NLS-1$
				+ "'MEMBER') THEN 1 ELSE 0 END") == 1; //$NON-NLS-1$
	}

	private Result run(IProgressMonitor monitor) throws SQLException, IOException {
		Map<String, String> remote = ProjectFiles.remote(c);
		Map<String, String> local = new TreeMap<>();
		for (String path : ProjectFiles.list(folder)) {
			local.put(path, ProjectFiles.sha256(ProjectFiles.read(folder.resolve(path), path)));
		}
		TreeSet<String> paths = new TreeSet<>(remote.keySet());
		paths.addAll(local.keySet());
		paths.addAll(baseline.keySet());
		SubMonitor progress = SubMonitor.convert(monitor, paths.size() + 1);
		Map<String, String> agreed = new TreeMap<>();
		for (String path : paths) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			String settled = one(path, local.get(path), remote.get(path), baseline.get(path));
			if (settled != null) {
				agreed.put(path, settled);
			}
			progress.worked(1);
		}
		agreed.putAll(ProjectFiles.upload(c, folder, toUpload, progress.split(1)));
		FileBaseline.write(folder, agreed);
		return new Result(fetched, toUpload.size() + deleted, kept, notUploaded);
	}

	/**
	 * Settles one file.
	 *
	 * @return the hash both sides now agree on, {@code null} when the file is gone from both, or
	 *         its old baseline while a local change waits (a member who may not upload)
	 */
	private String one(String path, String mine, String theirs, String base) throws SQLException, IOException {
		if (Objects.equals(mine, theirs)) {
			return mine;
		}
		boolean changedHere = !Objects.equals(mine, base);
		boolean changedThere = !Objects.equals(theirs, base);
		if (changedHere && !changedThere && base != null || theirs == null && base == null) {
			return uploadLater(path, mine, base);
		}
		if (changedThere && !changedHere) {
			return fetch(path, theirs);
		}
		if (mine != null) {
			keepAside(path);
		}
		return fetch(path, theirs);
	}

	private String uploadLater(String path, String mine, String base) throws SQLException {
		if (!mayUpload) {
			notUploaded++;
			return base;
		}
		if (mine == null) {
			Sql.updatePublic(c, "DELETE FROM project_files WHERE path = ?", path); //$NON-NLS-1$
			deleted++;
			return null;
		}
		toUpload.add(path);
		return null; // the upload's hash is recorded when it is sent
	}

	private String fetch(String path, String theirs) throws SQLException, IOException {
		Path target = ProjectFiles.safe(folder, path);
		if (theirs == null) {
			Files.deleteIfExists(target);
			return null;
		}
		ProjectFiles.write(target, ProjectFiles.content(c, path));
		fetched++;
		return theirs;
	}

	private void keepAside(String path) throws IOException {
		Path source = ProjectFiles.safe(folder, path);
		String stamp = Instant.now().toString().replace(':', '-');
		Path target = folder.resolve(KEPT).resolve(stamp).resolve(path).normalize();
		Files.createDirectories(target.getParent());
		Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		kept++;
	}
}
