package org.duizhao.annotations.core.internal.pg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.duizhao.annotations.core.internal.sql.Sql;
import org.duizhao.annotations.core.shared.SharedPointer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A project's files on the server: {@code project.json} (settings, normalization tables), the
 * documents with every version's original bytes, decoded text, structure and metadata. Uploaded
 * once when a project is shared; a working copy fetches each file once and afterwards only files
 * whose hash changed. The annotation database and hidden files stay local.
 */
public final class ProjectFiles {

	private static final String PROJECT_JSON = "project.json"; //$NON-NLS-1$

	private ProjectFiles() {
	}

	/** @return the project's files to share, as {@code /}-separated relative paths */
	public static List<String> list(Path folder) throws IOException {
		List<String> out = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : (Iterable<Path>) files::iterator) {
				Path rel = folder.relativize(p);
				if (Files.isRegularFile(p) && shared(rel)) {
					out.add(rel.toString().replace('\\', '/'));
				}
			}
		}
		out.sort(null);
		return out;
	}

	private static boolean shared(Path rel) {
		for (Path part : rel) {
			if (part.toString().startsWith(".")) { //$NON-NLS-1$
				return false;
			}
		}
		return !rel.getFileName().toString().startsWith("annotations.db"); //$NON-NLS-1$
	}

	/** Uploads every shared file of {@code folder}; @return how many */
	public static int upload(Connection c, Path folder, IProgressMonitor monitor) throws SQLException, IOException {
		List<String> paths = list(folder);
		Map<String, String> baseline = upload(c, folder, paths, monitor);
		FileBaseline.write(folder, baseline);
		return paths.size();
	}

	/** Uploads the files {@code paths} of {@code folder} in batches; @return their hashes */
	static Map<String, String> upload(Connection c, Path folder, List<String> paths, IProgressMonitor monitor)
			throws SQLException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, paths.size());
		Map<String, String> hashes = new java.util.TreeMap<>();
		try (PreparedStatement p = c.prepareStatement("INSERT INTO project_files (path, content, sha256, modified) " //$NON-NLS-1$
				+ "VALUES (?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET content = EXCLUDED.content, " //$NON-NLS-1$
				+ "sha256 = EXCLUDED.sha256, modified = EXCLUDED.modified")) { //$NON-NLS-1$
			int n = 0;
			for (String path : paths) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				byte[] bytes = read(folder.resolve(path), path);
				String hash = sha256(bytes);
				p.setString(1, path);
				p.setBytes(2, bytes);
				p.setString(3, hash);
				p.setLong(4, System.currentTimeMillis());
				p.addBatch();
				hashes.put(path, hash);
				if (++n % 200 == 0) {
					p.executeBatch();
				}
				progress.worked(1);
			}
			p.executeBatch();
		}
		return hashes;
	}

	/** @return the server's files: path to hash */
	static Map<String, String> remote(Connection c) throws SQLException {
		Map<String, String> remote = new java.util.TreeMap<>();
		for (List<String> row : Sql.queryPublic(c, "SELECT path, sha256 FROM project_files", //$NON-NLS-1$
				r -> List.of(r.getString(1), r.getString(2)))) {
			remote.put(row.get(0), row.get(1));
		}
		return remote;
	}

	/**
	 * Fetches the files missing or different in {@code folder} (a new working copy: the server's
	 * files win); @return how many were fetched
	 */
	public static int download(Connection c, Path folder, IProgressMonitor monitor) throws SQLException, IOException {
		Map<String, String> remote = remote(c);
		SubMonitor progress = SubMonitor.convert(monitor, remote.size());
		int fetched = 0;
		for (Map.Entry<String, String> e : remote.entrySet()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			Path target = safe(folder, e.getKey());
			if (!Files.isRegularFile(target) || !sha256(read(target, e.getKey())).equals(e.getValue())) {
				write(target, content(c, e.getKey()));
				fetched++;
			}
			progress.worked(1);
		}
		FileBaseline.write(folder, remote);
		return fetched;
	}

	/** @return a file's bytes as kept on the server ({@code project.json} without the pointer) */
	static byte[] read(Path file, String path) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		return PROJECT_JSON.equals(path) ? SharedPointer.withoutPointer(bytes) : bytes;
	}

	static byte[] content(Connection c, String path) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT content FROM project_files WHERE path = ?")) { //$NON-NLS-1$
			p.setString(1, path);
			try (ResultSet r = p.executeQuery()) {
				return r.next() ? r.getBytes(1) : new byte[0];
			}
		}
	}

	static Path safe(Path folder, String path) throws IOException {
		Path target = folder.resolve(path).normalize();
		if (!target.startsWith(folder.normalize()) || path.startsWith("/")) { //$NON-NLS-1$
			throw new IOException("refusing a file outside the project: " + path); //$NON-NLS-1$
		}
		return target;
	}

	static void write(Path target, byte[] bytes) throws IOException {
		Files.createDirectories(target.getParent());
		Path tmp = target.resolveSibling(target.getFileName() + ".part"); //$NON-NLS-1$
		Files.write(tmp, bytes);
		Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
