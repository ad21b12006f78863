package org.duizhao.search.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;

/** A real project on disk made from short texts of our own, for the search tests. */
final class Corpus {

	private Corpus() {
	}

	/** @return a new project in {@code dir/project} holding {@code texts} (file name → text), in order */
	static Project of(Path dir, Map<String, String> texts) throws IOException {
		Project p = Project.create(dir.resolve("project"), "search test");
		add(p, dir, texts);
		return p;
	}

	/** Imports {@code texts} (file name → text) into {@code p}; @return the new documents by file name */
	static Map<String, Document> add(Project p, Path dir, Map<String, String> texts) throws IOException {
		Path in = Files.createTempDirectory(dir, "in");
		List<Path> files = new ArrayList<>();
		for (Map.Entry<String, String> e : texts.entrySet()) {
			files.add(Files.writeString(in.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8));
		}
		Map<String, Document> byName = new LinkedHashMap<>();
		new Importer(p, ImportOptions.defaults()).importFiles(files, null).imported()
				.forEach(i -> byName.put(i.document().current().sourceName(), i.document()));
		return byName;
	}

	/** @return the document imported from {@code fileName} */
	static Document named(Project p, String fileName) {
		return p.documents().stream().filter(d -> d.current().sourceName().equals(fileName)).findFirst().orElseThrow();
	}
}
