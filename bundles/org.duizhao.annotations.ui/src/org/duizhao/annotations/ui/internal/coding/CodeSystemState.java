package org.duizhao.annotations.ui.internal.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.StoreException;

/**
 * What a code-system edit may change, read before and after it: every code (a code system is
 * small), and the codes of the annotations that carry a code in the edit's scope. Undo and redo
 * go from one state to the other ({@link CodeSystemTransition}).
 *
 * @param codes every code by id
 * @param annotationCodes per annotation in scope, its code ids in order
 */
record CodeSystemState(Map<String, Code> codes, Map<String, List<String>> annotationCodes) {

	/** Reads the state with the annotations that carry any of {@code scope} (may be empty). */
	static CodeSystemState read(AnnotationStore store, Set<String> scope) throws StoreException {
		Map<String, List<String>> annotations = new LinkedHashMap<>();
		if (!scope.isEmpty()) {
			for (Annotation a : store.annotations(AnnotationQuery.codes(scope))) {
				annotations.put(a.id(), List.copyOf(a.codeIds()));
			}
		}
		return new CodeSystemState(codes(store), annotations);
	}

	/** Reads the state again after the edit, for the annotations of {@code before}. */
	static CodeSystemState readAfter(AnnotationStore store, CodeSystemState before) throws StoreException {
		Map<String, List<String>> annotations = new LinkedHashMap<>();
		for (String id : before.annotationCodes().keySet()) {
			store.annotation(id).ifPresent(a -> annotations.put(id, List.copyOf(a.codeIds())));
		}
		return new CodeSystemState(codes(store), annotations);
	}

	private static Map<String, Code> codes(AnnotationStore store) throws StoreException {
		Map<String, Code> codes = new LinkedHashMap<>();
		store.codes().forEach(c -> codes.put(c.id(), c));
		return codes;
	}
}
