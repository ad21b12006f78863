package org.duizhao.annotations.core;

import java.util.Objects;

/**
 * One code of a project's hierarchical code system. Instances are immutable snapshots; the store
 * hands out new ones after a change.
 *
 * @param id stable id (UUID), not {@code null}
 * @param parentId the parent code's id, or {@code null} for a top-level code
 * @param name the name shown to researchers, unique among its siblings, not {@code null}
 * @param color {@code #rrggbb}, not {@code null}
 * @param description free text, may be empty, not {@code null}
 * @param shortcut an optional single key (e.g. {@code "1"}) that applies the code, or {@code null}
 * @param position order among siblings (ascending)
 * @param rowVersion optimistic-locking version: every write must name the version it read
 */
public record Code(String id, String parentId, String name, String color, String description, String shortcut,
		int position, long rowVersion) {

	/** Checks the required fields. */
	public Code {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		color = color == null ? CodeColors.DEFAULT : color;
		description = description == null ? "" : description; //$NON-NLS-1$
	}

	/** @return a copy with another name (for {@link AnnotationStore#updateCode}) */
	public Code withName(String newName) {
		return new Code(id, parentId, newName, color, description, shortcut, position, rowVersion);
	}

	/** @return a copy under another parent at {@code newPosition} ({@code null} parent: top level) */
	public Code withParent(String newParentId, int newPosition) {
		return new Code(id, newParentId, name, color, description, shortcut, newPosition, rowVersion);
	}

	/** @return a copy with other presentation fields */
	public Code withDetails(String newColor, String newDescription, String newShortcut) {
		return new Code(id, parentId, name, newColor, newDescription, newShortcut, position, rowVersion);
	}
}
