package org.duizhao.annotations.core.internal.qdpx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an imported {@code project.qde} holds that Duizhao can use (text sources only). */
final class QdeModel {

	/** A code of the codebook, with its path of names from the top. */
	record QdeCode(String guid, List<String> path, String color, String description) {
	}

	/** A coded (or memo'd) passage of a text source; positions {@code null} when missing or bad. */
	record QdeSelection(String guid, Integer start, Integer end, String name, String memo, List<String> codeGuids,
			String userGuid, List<String> noteRefs) {
	}

	/**
	 * A text source.
	 *
	 * @param description the source's description (Duizhao writes the document's title there)
	 * @param text the plain text, or {@code null} when it could not be found ({@code missing} says why)
	 */
	record QdeSource(String guid, String name, String description, String text, String missing,
			List<QdeSelection> selections, List<String> noteRefs) {
	}

	/** A note (memo). */
	record QdeNote(String guid, String title, String text, String userGuid) {
	}

	final Map<String, String> users = new LinkedHashMap<>();
	final List<QdeCode> codes = new ArrayList<>();
	final Map<String, QdeCode> codesByGuid = new LinkedHashMap<>();
	final List<QdeSource> sources = new ArrayList<>();
	final Map<String, QdeNote> notes = new LinkedHashMap<>();
	final List<String> projectNoteRefs = new ArrayList<>();
	final List<String> problems = new ArrayList<>();

	/** @return the user's name, or {@code fallback} when the GUID names none */
	String user(String guid, String fallback) {
		String name = guid == null ? null : users.get(guid);
		return name == null || name.isBlank() ? fallback : name;
	}
}
