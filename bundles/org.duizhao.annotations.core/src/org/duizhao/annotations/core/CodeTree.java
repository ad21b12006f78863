package org.duizhao.annotations.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A read-only view of a code system as a tree, built from {@link AnnotationStore#codes()}. */
public final class CodeTree {

	private final Map<String, Code> byId = new HashMap<>();
	private final Map<String, List<Code>> children = new HashMap<>();

	/** @param codes every code of a project, not {@code null} */
	public CodeTree(List<Code> codes) {
		for (Code c : codes) {
			byId.put(c.id(), c);
		}
		for (Code c : codes) {
			String parent = c.parentId() != null && byId.containsKey(c.parentId()) ? c.parentId() : null;
			children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
		}
		Comparator<Code> order = Comparator.comparingInt(Code::position).thenComparing(Code::name);
		children.values().forEach(list -> list.sort(order));
	}

	/** @return the top-level codes in order */
	public List<Code> roots() {
		return children(null);
	}

	/** @return the direct sub-codes of {@code parentId} ({@code null}: top level) in order */
	public List<Code> children(String parentId) {
		return List.copyOf(children.getOrDefault(parentId, List.of()));
	}

	/** @return the code with {@code id} */
	public Optional<Code> get(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** @return the ids of {@code ids} and of every code below them */
	public Set<String> withDescendants(Set<String> ids) {
		Set<String> out = new LinkedHashSet<>();
		List<String> todo = new ArrayList<>(ids);
		while (!todo.isEmpty()) {
			String id = todo.remove(todo.size() - 1);
			if (out.add(id)) {
				children(id).forEach(c -> todo.add(c.id()));
			}
		}
		return out;
	}

	/** @return the path of names from the top, e.g. {@code 扶贫/产业扶贫}, joined with {@code /} */
	public String path(String id) {
		List<String> names = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Code c = byId.get(id); c != null && seen.add(c.id()); c = c.parentId() == null ? null : byId.get(c.parentId())) {
			names.add(0, c.name());
		}
		return String.join("/", names); //$NON-NLS-1$
	}

	/**
	 * Finds a code by name or by path ({@code parent/child}); a bare name must be unique.
	 *
	 * @return the code, if exactly one matches
	 */
	public Optional<Code> find(String nameOrPath) {
		List<Code> hits = byId.values().stream()
				.filter(c -> c.name().equals(nameOrPath) || path(c.id()).equals(nameOrPath)).toList();
		return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
	}
}
