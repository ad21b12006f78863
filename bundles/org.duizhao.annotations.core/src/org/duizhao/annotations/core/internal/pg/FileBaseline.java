package org.duizhao.annotations.core.internal.pg;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The SHA-256 of each project file as this working copy and the server last agreed on it
 * ({@value #FILE}): what tells a file changed here (upload it) from one changed on the server (fetch
 * it), so that neither side's change silently replaces the other's.
 */
final class FileBaseline {

	/** The baseline file, relative to the working copy (hidden: never shared). */
	static final String FILE = ".duizhao/files.json"; //$NON-NLS-1$
	private static final Type TYPE = new TypeToken<TreeMap<String, String>>() {
	}.getType();
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

	private FileBaseline() {
	}

	/** @return path to hash; empty when there is none yet (a working copy made before baselines) */
	static Map<String, String> read(Path folder) {
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return new TreeMap<>();
		}
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Map<String, String> map = GSON.fromJson(r, TYPE);
			return map == null ? new TreeMap<>() : new TreeMap<>(map);
		} catch (IOException | JsonParseException e) {
			return new TreeMap<>(); // a damaged baseline only makes the next sync cautious
		}
	}

	/** Writes the baseline (a temporary file renamed over the old one). */
	static void write(Path folder, Map<String, String> hashes) throws IOException {
		Path file = folder.resolve(FILE);
		Files.createDirectories(file.getParent());
		Path tmp = file.resolveSibling("files.json.tmp"); //$NON-NLS-1$
		try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
			GSON.toJson(new TreeMap<>(hashes), w);
		}
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
