package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;

/** A project made by {@code duizhao import} from one file, with annotations written through the store API. */
final class AnnotatedProject {

	final Path folder;
	final String text;
	final Document document;

	private AnnotatedProject(Path folder, String text, Document document) {
		this.folder = folder;
		this.text = text;
		this.document = document;
	}

	/** Imports {@code text} as {@code fileName} into a new project under {@code dir}. */
	static AnnotatedProject create(Path dir, String fileName, String text) throws IOException {
		Path input = Files.createDirectories(dir.resolve("input"));
		Files.writeString(input.resolve(fileName), text, StandardCharsets.UTF_8);
		Path folder = dir.resolve("project");
		CliHarness h = CliHarness.run("import", input.toString(), "--project", folder.toString());
		assertThat(h.code()).as(h.err()).isZero();
		Document d = Project.open(folder).documents().get(0);
		return new AnnotatedProject(folder, text, d);
	}

	AnnotationStore store() throws IOException {
		return AnnotationStores.open(folder);
	}

	/** @return the code with this name, made under {@code parent} if it is not there yet */
	Code code(AnnotationStore store, String parentId, String name) throws IOException {
		for (Code c : store.codes()) {
			if (c.name().equals(name)) {
				return c;
			}
		}
		return store.createCode(parentId, name, null, null, null);
	}

	/** @return a new annotation on code points {@code [start, end)} of version 1 */
	Annotation annotate(AnnotationStore store, String coder, int start, int end, Code... codes) throws IOException {
		return store.addAnnotation(new NewAnnotation(document.id(), 1, start, end, TextQuote.of(text, start, end),
				List.of(codes).stream().map(Code::id).toList(), null, coder));
	}

	/** @return code points {@code [start, end)} of the passage in {@code passage}'s text */
	static int[] span(String text, String passage) {
		int start = text.codePointCount(0, text.indexOf(passage));
		return new int[] { start, start + passage.codePointCount(0, passage.length()) };
	}
}
