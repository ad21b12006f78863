package org.duizhao.annotations.core.internal.w3c;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.exchange.ExchangeException;
import org.duizhao.annotations.core.internal.exchange.Messages;
import org.eclipse.osgi.util.NLS;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads a W3C Web Annotation file into its annotation objects: an {@code AnnotationCollection}
 * with embedded pages ({@code first}, then each {@code next}) or with {@code items} directly, one
 * {@code Annotation}, or a JSON array of annotations. JSON is parsed strictly; a file that is not
 * JSON, or whose shape is none of these, is refused with a message that says where.
 */
public final class W3cReader {

	/** Larger files are refused before parsing (a W3C export of 100,000 annotations is ~60 MB). */
	public static final long MAX_BYTES = 512L * 1024 * 1024;

	private W3cReader() {
	}

	/** @return the annotation objects in file order (elements that are not objects included, for reporting) */
	public static List<JsonElement> read(Path file) throws IOException {
		if (Files.size(file) > MAX_BYTES) {
			throw new ExchangeException(NLS.bind(Messages.w3cTooLarge, file.getFileName(), MAX_BYTES));
		}
		JsonElement root;
		try (java.io.BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			r.mark(1);
			if (r.read() != '\uFEFF') {
				r.reset(); // no byte order mark (some Windows tools write one)
			}
			root = parse(r);
		} catch (java.nio.charset.CharacterCodingException e) {
			throw new ExchangeException(NLS.bind(Messages.w3cNotUtf8, file.getFileName()), e);
		}
		return annotations(root);
	}

	static JsonElement parse(Reader r) throws IOException {
		JsonReader reader = new JsonReader(r);
		reader.setStrictness(Strictness.STRICT);
		try {
			JsonElement root = new Gson().getAdapter(JsonElement.class).read(reader);
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new ExchangeException(NLS.bind(Messages.w3cBadJson, Messages.w3cTrailing));
			}
			return root;
		} catch (JsonParseException | IllegalStateException | java.io.EOFException e) {
			throw new ExchangeException(NLS.bind(Messages.w3cBadJson, e.getMessage()), e);
		} catch (com.google.gson.stream.MalformedJsonException e) {
			throw new ExchangeException(NLS.bind(Messages.w3cBadJson, e.getMessage()), e);
		}
	}

	static List<JsonElement> annotations(JsonElement root) throws ExchangeException {
		List<JsonElement> out = new ArrayList<>();
		if (root != null && root.isJsonArray()) {
			root.getAsJsonArray().forEach(out::add);
			return out;
		}
		if (root == null || !root.isJsonObject()) {
			throw new ExchangeException(Messages.w3cNotAnnotations);
		}
		JsonObject o = root.getAsJsonObject();
		if (Json.has(o, "type", "Annotation")) { //$NON-NLS-1$ //$NON-NLS-2$
			out.add(o);
			return out;
		}
		boolean collection = Json.has(o, "type", "AnnotationCollection") || Json.has(o, "type", "AnnotationPage"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (!collection && !o.has("items")) { //$NON-NLS-1$
			throw new ExchangeException(Messages.w3cNotAnnotations);
		}
		out.addAll(Json.list(o, "items")); //$NON-NLS-1$
		JsonElement page = o.get("first"); //$NON-NLS-1$
		int pages = 0;
		while (page != null && !page.isJsonNull()) {
			if (!page.isJsonObject()) {
				throw new ExchangeException(Messages.w3cPageByReference);
			}
			out.addAll(Json.list(page.getAsJsonObject(), "items")); //$NON-NLS-1$
			page = page.getAsJsonObject().get("next"); //$NON-NLS-1$
			if (++pages > 100_000) {
				throw new ExchangeException(Messages.w3cNotAnnotations);
			}
		}
		return out;
	}
}
