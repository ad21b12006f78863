package org.duizhao.corpus.core.internal;

import java.time.Instant;
import java.util.List;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.DocumentVersion;
import org.duizhao.corpus.core.Metadata;

/** The JSON form of {@code document.json}: the document plus the format number. */
public record DocumentFile(int format, String id, Instant created, Metadata metadata,
		List<DocumentVersion> versions) {

	public static DocumentFile of(Document d) {
		return new DocumentFile(ProjectLayout.FORMAT, d.id(), d.created(), d.metadata(), d.versions());
	}

	public Document toDocument() {
		return new Document(id, created, metadata, versions);
	}
}
