package org.duizhao.annotations.core.internal.exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.DocumentVersion;
import org.duizhao.corpus.core.Project;

/**
 * Finds the document a W3C target's {@code source} names: by the IRI export gives it
 * ({@code urn:uuid:<id>}), by its id, or by its source file name (also the last segment of a path
 * or URL). A file name two documents share names neither: nothing is attached to a guess.
 */
public final class DocumentLookup {

	private final Project project;
	private final Map<String, Document> byName = new HashMap<>();
	private final Map<String, Integer> nameCount = new HashMap<>();

	/** @param project the project whose documents are looked up */
	public DocumentLookup(Project project) {
		this.project = project;
		for (Document d : project.documents()) {
			for (String name : names(d)) {
				byName.put(name, d);
				nameCount.merge(name, 1, Integer::sum);
			}
		}
	}

	private static List<String> names(Document d) {
		return d.versions().stream().map(DocumentVersion::sourceName).distinct().toList();
	}

	/** @return the document, if {@code source} names exactly one */
	public Optional<Document> find(String source) {
		if (source == null || source.isBlank()) {
			return Optional.empty();
		}
		String s = source.trim();
		Optional<Document> byId = project.document(Iris.idOf(s));
		if (byId.isPresent()) {
			return byId;
		}
		Optional<Document> named = unique(s);
		if (named.isPresent()) {
			return named;
		}
		int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
		return slash >= 0 ? unique(s.substring(slash + 1)) : Optional.empty();
	}

	private Optional<Document> unique(String name) {
		return nameCount.getOrDefault(name, 0) == 1 ? Optional.of(byName.get(name)) : Optional.empty();
	}
}
