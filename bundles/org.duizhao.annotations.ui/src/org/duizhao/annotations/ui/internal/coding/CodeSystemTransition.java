package org.duizhao.annotations.ui.internal.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.StoreException;

/**
 * Takes the store from one {@link CodeSystemState} to another, touching only what differs between
 * the two: codes the target state has and the store lacks are restored with their ids (parents
 * first), changed codes get the target's parent, name, colour, description, shortcut and position,
 * annotations get back the codes they lost and lose the codes they gained, and codes the target
 * state lacks are deleted. Work done meanwhile on other codes and annotations stays, because only
 * the differences are applied, each to the record as it is now.
 */
final class CodeSystemTransition {

	private final AnnotationStore store;
	private final CodeSystemState from;
	private final CodeSystemState to;

	private CodeSystemTransition(AnnotationStore store, CodeSystemState from, CodeSystemState to) {
		this.store = store;
		this.from = from;
		this.to = to;
	}

	/** Applies the difference {@code from} → {@code to}; call inside a store transaction. */
	static void apply(AnnotationStore store, CodeSystemState from, CodeSystemState to) throws StoreException {
		new CodeSystemTransition(store, from, to).run();
	}

	private void run() throws StoreException {
		List<String> changed = changedCodes();
		Map<String, Code> now = CodeSystemState.read(store, Set.of()).codes();
		for (String id : changed) {
			Code wanted = to.codes().get(id);
			if (wanted != null && !now.containsKey(id)) {
				store.restoreCode(wanted);
			}
		}
		for (String id : changed) {
			Code wanted = to.codes().get(id);
			Code current = now.get(id);
			if (wanted != null && current != null && !sameContent(wanted, current)) {
				store.updateCode(new Code(id, wanted.parentId(), wanted.name(), wanted.color(), wanted.description(),
						wanted.shortcut(), wanted.position(), current.rowVersion()));
			}
		}
		annotations();
		for (String id : changed) {
			if (!to.codes().containsKey(id)) {
				Optional<Code> current = store.codes().stream().filter(c -> c.id().equals(id)).findFirst();
				if (current.isPresent()) {
					store.deleteCode(id, current.get().rowVersion()); // its sub-codes go with it
				}
			}
		}
	}

	/** @return the ids of the codes that differ, parents before their sub-codes */
	private List<String> changedCodes() {
		Set<String> ids = new LinkedHashSet<>(from.codes().keySet());
		ids.addAll(to.codes().keySet());
		List<String> changed = new ArrayList<>();
		for (String id : ids) {
			Code a = from.codes().get(id);
			Code b = to.codes().get(id);
			if (a == null || b == null || !sameContent(a, b)) {
				changed.add(id);
			}
		}
		changed.sort(Comparator.comparingInt(this::depth));
		return changed;
	}

	private int depth(String id) {
		Code c = to.codes().getOrDefault(id, from.codes().get(id));
		Map<String, Code> codes = to.codes().containsKey(id) ? to.codes() : from.codes();
		int depth = 0;
		while (c != null && c.parentId() != null && depth < codes.size()) {
			c = codes.get(c.parentId());
			depth++;
		}
		return depth;
	}

	private void annotations() throws StoreException {
		Set<String> ids = new LinkedHashSet<>(from.annotationCodes().keySet());
		ids.addAll(to.annotationCodes().keySet());
		List<Annotation> changed = new ArrayList<>();
		for (String id : ids) {
			List<String> before = from.annotationCodes().getOrDefault(id, List.of());
			List<String> after = to.annotationCodes().getOrDefault(id, List.of());
			Optional<Annotation> current = store.annotation(id);
			if (current.isEmpty()) {
				continue; // deleted meanwhile by someone else: not ours to bring back
			}
			List<String> codes = new ArrayList<>(current.get().codeIds());
			codes.removeIf(c -> before.contains(c) && !after.contains(c));
			after.stream().filter(c -> !before.contains(c) && !codes.contains(c)).forEach(codes::add);
			if (!codes.equals(current.get().codeIds())) {
				changed.add(current.get().withCodes(codes));
			}
		}
		if (!changed.isEmpty()) {
			store.updateAnnotations(changed);
		}
	}

	private static boolean sameContent(Code a, Code b) {
		return Objects.equals(a.parentId(), b.parentId()) && a.name().equals(b.name())
				&& a.color().equalsIgnoreCase(b.color()) && a.description().equals(b.description())
				&& Objects.equals(a.shortcut(), b.shortcut()) && a.position() == b.position();
	}
}
