package org.duizhao.corpus.core.extract;

import java.util.List;
import java.util.Set;

import org.duizhao.corpus.core.Structure;
import org.duizhao.text.core.decode.DecodedText;
import org.duizhao.text.core.segment.Paragraphs;

/** Plain text: the decoded text as it is, one paragraph per non-blank line. */
public final class PlainTextExtractor implements Extractor {

	@Override
	public String format() {
		return "txt"; //$NON-NLS-1$
	}

	@Override
	public Set<String> extensions() {
		return Set.of("txt", "text"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public Extraction extract(byte[] bytes, String encoding) throws SkipException {
		DecodedText d = Decoding.decode(bytes, encoding);
		Structure structure = new Structure(Paragraphs.of(d.text()), List.of());
		return new Extraction(d.text(), d.charset(), d.confidence(), d.bomLength(), d.malformed(), null, structure);
	}

	/** Decodes only: the paragraphs are not needed. */
	@Override
	public String extractText(byte[] bytes, String encoding) throws SkipException {
		return Decoding.decode(bytes, encoding).text();
	}
}
