package org.duizhao.corpus.core.extract;

import java.util.Set;

import org.duizhao.text.core.decode.DecodedText;

/** Markdown: decoded like plain text, then stripped of its syntax by {@link MarkdownStripper}. */
public final class MarkdownExtractor implements Extractor {

	@Override
	public String format() {
		return "md"; //$NON-NLS-1$
	}

	@Override
	public Set<String> extensions() {
		return Set.of("md", "markdown"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public Extraction extract(byte[] bytes, String encoding) throws SkipException {
		DecodedText d = Decoding.decode(bytes, encoding);
		MarkdownStripper stripped = new MarkdownStripper(d.text());
		return new Extraction(stripped.text(), d.charset(), d.confidence(), d.bomLength(), d.malformed(),
				stripped.firstHeading(), stripped.structure());
	}
}
