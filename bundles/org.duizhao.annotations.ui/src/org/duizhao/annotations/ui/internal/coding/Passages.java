package org.duizhao.annotations.ui.internal.coding;

import java.util.List;
import java.util.Optional;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreException;

/** Finds or makes the annotation of a passage (the ends of a link are annotations, maybe without codes). */
public final class Passages {

	private Passages() {
	}

	/** @return the coder's annotation of exactly {@code target}, made without codes if there is none */
	public static Annotation findOrMake(AnnotationStore store, CodingTarget target, String coder) throws StoreException {
		Optional<Annotation> same = store.annotations(AnnotationQuery.document(target.documentId()).byCoder(coder))
				.stream().filter(a -> a.anchoring().isAnchored() && a.version() == target.version()
						&& a.start() == target.start() && a.end() == target.end())
				.findFirst();
		if (same.isPresent()) {
			return same.get();
		}
		return store.addAnnotation(new NewAnnotation(target.documentId(), target.version(), target.start(),
				target.end(), target.quote(), List.of(), null, coder));
	}
}
