package org.duizhao.annotations.core.analysis;

import java.time.Instant;
import java.util.List;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.DocumentVersion;
import org.duizhao.corpus.core.Metadata;

/** Documents and annotations for the analysis tests. */
final class Docs {

	private Docs() {
	}

	static Document document(String id, int characters, String region, String date) {
		DocumentVersion v = new DocumentVersion(1, Instant.EPOCH, "import", id + ".txt", "txt", "original.txt", "UTF-8",
				100, 0, 0, "0", "0", characters, 1, null);
		return new Document(id, Instant.EPOCH, new Metadata("标题" + id, null, date, region, null, null), List.of(v));
	}

	static Annotation annotation(String document, String coder, int start, int end, String... codes) {
		return new Annotation(document + coder + start + "-" + end + String.join("", codes), document, 1, start, end,
				new TextQuote("x".repeat(end - start), "", ""), List.of(codes), "", coder, Instant.EPOCH, null, null, 1);
	}

	static Annotation unanchored(Annotation a) {
		return a.withPosition(a.version(), a.start(), a.end(), a.quote(), Anchoring.UNANCHORED);
	}
}
