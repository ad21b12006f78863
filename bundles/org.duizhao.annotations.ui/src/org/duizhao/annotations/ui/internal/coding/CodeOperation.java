package org.duizhao.annotations.ui.internal.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.ui.internal.Messages;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

/**
 * Codes a passage: gives the code to the coder's own annotation of exactly that passage when there
 * is one, else makes a new annotation. Undo takes the code off again (deleting the annotation it
 * made).
 */
public final class CodeOperation extends StoreOperation {

	private final CodingTarget target;
	private final String codeId;
	private final String coder;
	private String createdId;
	private String extendedId;

	/**
	 * @param target the passage
	 * @param codeId the code to give
	 * @param codeName the code's name, for the Edit menu
	 * @param coder who codes
	 */
	public CodeOperation(CodingTarget target, String codeId, String codeName, String coder) {
		super(NLS.bind(Messages.Operation_code, codeName), target.projectRoot());
		this.target = target;
		this.codeId = codeId;
		this.coder = coder;
	}

	@Override
	protected IStatus apply(AnnotationStore store) throws StoreException {
		createdId = null;
		extendedId = null;
		Optional<Annotation> same = samePassage(store);
		if (same.isPresent()) {
			Annotation a = same.get();
			if (a.codeIds().contains(codeId)) {
				return nothing();
			}
			List<String> codes = new ArrayList<>(a.codeIds());
			codes.add(codeId);
			extendedId = store.updateAnnotation(a.withCodes(codes)).id();
			return Status.OK_STATUS;
		}
		createdId = store.addAnnotation(new NewAnnotation(target.documentId(), target.version(), target.start(),
				target.end(), target.quote(), List.of(codeId), null, coder)).id();
		return Status.OK_STATUS;
	}

	private Optional<Annotation> samePassage(AnnotationStore store) throws StoreException {
		return store.annotations(AnnotationQuery.document(target.documentId()).byCoder(coder)).stream()
				.filter(a -> a.anchoring().isAnchored() && a.version() == target.version()
						&& a.start() == target.start() && a.end() == target.end())
				.findFirst();
	}

	@Override
	protected IStatus revert(AnnotationStore store) throws StoreException {
		if (createdId != null) {
			Optional<Annotation> made = store.annotation(createdId);
			if (made.isPresent()) {
				store.deleteAnnotation(createdId, made.get().rowVersion());
			}
		} else if (extendedId != null) {
			Optional<Annotation> a = store.annotation(extendedId);
			if (a.isPresent()) {
				List<String> codes = new ArrayList<>(a.get().codeIds());
				codes.remove(codeId);
				store.updateAnnotation(a.get().withCodes(codes));
			}
		}
		return Status.OK_STATUS;
	}

	/** @return the id of the annotation made or extended by the last execution, or {@code null} */
	public String annotationId() {
		return createdId != null ? createdId : extendedId;
	}
}
