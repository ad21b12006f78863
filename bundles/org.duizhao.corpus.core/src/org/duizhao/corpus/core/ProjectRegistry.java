package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.duizhao.corpus.core.internal.AtomicFiles;
import org.duizhao.corpus.core.internal.Json;

/**
 * The list of recently opened projects, most recent first, kept in a JSON file whose path the
 * caller chooses (the UI passes one in the user's configuration area). A missing or unreadable
 * file gives an empty list rather than an error: losing the recent list must not stop the
 * workbench. Writes are atomic. Thread-safe.
 */
public final class ProjectRegistry {

	/** At most this many entries are kept. */
	public static final int MAX_ENTRIES = 20;

	private final Path file;
	private final List<Entry> entries = new ArrayList<>();

	/**
	 * A remembered project.
	 *
	 * @param path the project folder (absolute), not {@code null}
	 * @param name its name when last opened, or {@code null}
	 * @param lastOpened when it was last opened, or {@code null}
	 */
	public record Entry(String path, String name, Instant lastOpened) {
		/** @return the folder as a path */
		public Path folder() {
			return Paths.get(path);
		}
	}

	private record RegistryFile(int format, List<Entry> projects) {
	}

	private ProjectRegistry(Path file) {
		this.file = file;
	}

	/** @return the registry stored in {@code file} (which need not exist yet) */
	public static ProjectRegistry load(Path file) {
		ProjectRegistry r = new ProjectRegistry(Objects.requireNonNull(file, "file")); //$NON-NLS-1$
		try {
			RegistryFile rf = Json.GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), RegistryFile.class);
			if (rf != null && rf.projects() != null) {
				rf.projects().stream().filter(e -> e != null && e.path() != null).limit(MAX_ENTRIES)
						.forEach(r.entries::add);
			}
		} catch (IOException | RuntimeException e) {
			// missing or corrupt: start with an empty list (see class comment)
		}
		return r;
	}

	/** @return the entries, most recently opened first, never {@code null} */
	public synchronized List<Entry> entries() {
		return List.copyOf(entries);
	}

	/** Puts {@code project} first in the list and saves. */
	public synchronized void remember(Project project) throws IOException {
		String path = project.folder().toAbsolutePath().toString();
		entries.removeIf(e -> e.path().equals(path));
		entries.add(0, new Entry(path, project.name(), Instant.now()));
		while (entries.size() > MAX_ENTRIES) {
			entries.remove(entries.size() - 1);
		}
		save();
	}

	/** Removes the project in {@code folder} from the list and saves. */
	public synchronized void forget(Path folder) throws IOException {
		String path = folder.toAbsolutePath().toString();
		if (entries.removeIf(e -> e.path().equals(path))) {
			save();
		}
	}

	private void save() throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		AtomicFiles.writeString(file.toAbsolutePath(), Json.GSON.toJson(new RegistryFile(1, entries)));
	}
}
