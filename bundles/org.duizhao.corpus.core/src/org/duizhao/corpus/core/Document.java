package org.duizhao.corpus.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A document of a project: a stable id and a list of immutable text versions, the last of which is
 * current. Instances are immutable snapshots; {@link Project} hands out new ones after a change.
 *
 * @param id the document's UUID (also its folder name), not {@code null}
 * @param created when the document was first imported, not {@code null}
 * @param metadata descriptive metadata, not {@code null}
 * @param versions the versions, oldest first, never empty
 */
public record Document(String id, Instant created, Metadata metadata, List<DocumentVersion> versions) {

	/** Checks the fields and copies the list. */
	public Document {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(created, "created"); //$NON-NLS-1$
		metadata = metadata == null ? Metadata.empty() : metadata;
		if (versions == null || versions.isEmpty()) {
			throw new IllegalArgumentException("a document needs at least one version"); //$NON-NLS-1$
		}
		versions = List.copyOf(versions);
	}

	/** @return the latest version */
	public DocumentVersion current() {
		return versions.get(versions.size() - 1);
	}

	/** @return the version with {@code number}, or {@code null} */
	public DocumentVersion version(int number) {
		return versions.stream().filter(v -> v.number() == number).findFirst().orElse(null);
	}

	/** @return the title, or the source file name when there is no title */
	public String displayName() {
		String title = metadata.title();
		return title == null || title.isBlank() ? current().sourceName() : title;
	}

	Document withMetadata(Metadata newMetadata) {
		return new Document(id, created, newMetadata, versions);
	}

	Document withVersion(DocumentVersion version) {
		List<DocumentVersion> list = new java.util.ArrayList<>(versions);
		list.add(version);
		return new Document(id, created, metadata, list);
	}
}
