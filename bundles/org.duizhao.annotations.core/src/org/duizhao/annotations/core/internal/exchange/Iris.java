package org.duizhao.annotations.core.internal.exchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifiers at the boundary. Duizhao's ids are UUIDs; exports give them as {@code urn:uuid:}
 * IRIs (W3C) or as GUIDs (REFI-QDA). Things without an id of their own (a coder, a coding) get a
 * name-based UUID, so the same project always exports the same identifiers.
 */
public final class Iris {

	private static final String URN_UUID = "urn:uuid:"; //$NON-NLS-1$
	private static final Pattern GUID = Pattern
			.compile("\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?"); //$NON-NLS-1$

	private Iris() {
	}

	/** @return {@code urn:uuid:<id>} for a UUID id, else a name-based one */
	public static String iri(String id) {
		return URN_UUID + guid(id);
	}

	/** @return the id itself when it is a GUID, else a stable name-based UUID made from it */
	public static String guid(String id) {
		return isGuid(id) ? strip(id) : named("id:" + id); //$NON-NLS-1$
	}

	/** @return a stable UUID for a name in a namespace, e.g. a coder's name */
	public static String named(String key) {
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** @return whether {@code s} is a GUID in REFI-QDA's form (braces allowed) */
	public static boolean isGuid(String s) {
		return s != null && GUID.matcher(s).matches();
	}

	/** @return the GUID without braces, lower case */
	public static String strip(String guid) {
		String s = guid.startsWith("{") && guid.endsWith("}") ? guid.substring(1, guid.length() - 1) : guid; //$NON-NLS-1$ //$NON-NLS-2$
		return s.toLowerCase(java.util.Locale.ROOT);
	}

	/** @return the id named by {@code urn:uuid:…}, or {@code iri} unchanged when it is no such IRI */
	public static String idOf(String iri) {
		return iri.regionMatches(true, 0, URN_UUID, 0, URN_UUID.length()) ? iri.substring(URN_UUID.length()) : iri;
	}
}
