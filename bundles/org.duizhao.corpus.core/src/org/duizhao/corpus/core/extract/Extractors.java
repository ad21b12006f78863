package org.duizhao.corpus.core.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Looks up the extractor for a file extension or format id. Immutable, thread-safe. */
public final class Extractors {

	private final Map<String, Extractor> byExtension = new HashMap<>();
	private final Map<String, Extractor> byFormat = new HashMap<>();

	/** @param extractors the extractors, later ones win for a shared extension */
	public Extractors(List<? extends Extractor> extractors) {
		for (Extractor e : extractors) {
			byFormat.put(e.format(), e);
			for (String ext : e.extensions()) {
				byExtension.put(ext.toLowerCase(Locale.ROOT), e);
			}
		}
	}

	/** @return plain text, Markdown, HTML and PDF */
	public static Extractors defaults() {
		return new Extractors(
				List.of(new PlainTextExtractor(), new MarkdownExtractor(), new HtmlExtractor(), new PdfExtractor(),
						new DocxExtractor()));
	}

	/** @return a copy that also has {@code extra} (which wins for its extensions) */
	public Extractors with(Extractor extra) {
		List<Extractor> all = new java.util.ArrayList<>(byFormat.values());
		all.add(Objects.requireNonNull(extra, "extra")); //$NON-NLS-1$
		return new Extractors(all);
	}

	/** @return the extractor for a file name's extension, or {@code null} */
	public Extractor forFileName(String fileName) {
		return byExtension.get(extension(fileName));
	}

	/** @return the extractor of a stored version's format id, or {@code null} */
	public Extractor forFormat(String format) {
		return byFormat.get(format);
	}

	/** @return the lower-case extension of {@code fileName} without dot, or "" */
	public static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
