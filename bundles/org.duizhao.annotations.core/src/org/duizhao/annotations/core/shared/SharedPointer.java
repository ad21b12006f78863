package org.duizhao.annotations.core.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.duizhao.annotations.core.ServerAddress;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The pointer from a project folder to its server, kept in {@code project.json} under
 * {@code settings.shared}: {@code {"url": "postgresql://HOST:PORT/DB", "user": "NAME"}}. No password,
 * ever. The project's own settings and fields are kept as they are.
 */
public final class SharedPointer {

	static final String PROJECT_JSON = "project.json"; //$NON-NLS-1$
	private static final String SETTINGS = "settings"; //$NON-NLS-1$
	private static final String SHARED = "shared"; //$NON-NLS-1$

	private SharedPointer() {
	}

	/** @return the server of a shared project or working copy, empty for a local project */
	public static Optional<ServerAddress> read(Path projectFolder) throws IOException {
		Path file = projectFolder.resolve(PROJECT_JSON);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		JsonObject root = load(file);
		JsonElement settings = root.get(SETTINGS);
		if (settings == null || !settings.isJsonObject() || !settings.getAsJsonObject().has(SHARED)) {
			return Optional.empty();
		}
		JsonObject shared = settings.getAsJsonObject().getAsJsonObject(SHARED);
		return Optional.of(ServerAddress.parse(shared.get("url").getAsString(), shared.get("user").getAsString())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the server of a shared project, or {@code null} for a local or unreadable one */
	static ServerAddress readQuietly(Path projectFolder) {
		try {
			return read(projectFolder).orElse(null);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Points the project at {@code address} (its URL and user only). */
	public static void write(Path projectFolder, ServerAddress address) throws IOException {
		Path file = projectFolder.resolve(PROJECT_JSON);
		JsonObject root = load(file);
		JsonElement settings = root.get(SETTINGS);
		JsonObject object = settings != null && settings.isJsonObject() ? settings.getAsJsonObject() : new JsonObject();
		JsonObject shared = new JsonObject();
		shared.addProperty("url", address.url()); //$NON-NLS-1$
		shared.addProperty("user", address.user()); //$NON-NLS-1$
		object.add(SHARED, shared);
		root.add(SETTINGS, object);
		Path tmp = file.resolveSibling(PROJECT_JSON + ".tmp"); //$NON-NLS-1$
		try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
			new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root, w);
		}
		Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * @return {@code project.json}'s bytes without the pointer: the form kept on the server, since
	 *         each working copy points at the server with its own user
	 */
	public static byte[] withoutPointer(byte[] projectJson) {
		try {
			JsonElement e = JsonParser.parseString(new String(projectJson, StandardCharsets.UTF_8));
			if (!e.isJsonObject() || !e.getAsJsonObject().has(SETTINGS)
					|| !e.getAsJsonObject().get(SETTINGS).isJsonObject()) {
				return projectJson;
			}
			JsonObject settings = e.getAsJsonObject().getAsJsonObject(SETTINGS);
			if (settings.remove(SHARED) == null) {
				return projectJson;
			}
			return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(e)
					.getBytes(StandardCharsets.UTF_8);
		} catch (com.google.gson.JsonParseException ex) {
			return projectJson;
		}
	}

	private static JsonObject load(Path file) throws IOException {
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			JsonElement e = JsonParser.parseReader(r);
			return e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
		} catch (com.google.gson.JsonParseException e) {
			throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
