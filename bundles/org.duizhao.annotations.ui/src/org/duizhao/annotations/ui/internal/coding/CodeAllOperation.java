package org.duizhao.annotations.ui.internal.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Codes many passages of one project with one code, as one undoable step (every occurrence of a
 * shared formula, say): like {@link CodeOperation} for each passage, in one store transaction, so
 * that one Undo takes all of them back.
 */
public final class CodeAllOperation extends StoreOperation {

	private final List<CodingTarget> targets;
	private final String codeId;
	private final String coder;
	private final List<String> created = new ArrayList<>();
	private final List<String> extended = new ArrayList<>();

	/**
	 * @param projectRoot the project of every target
	 * @param targets the passages, not empty
	 * @param codeId the code to give
	 * @param codeName the code's name, for the Edit menu
	 * @param coder who codes
	 */
	public CodeAllOperation(Path projectRoot, List<CodingTarget> targets, String codeId, String codeName, String coder) {
		super(NLS.bind(Messages.Operation_codeAll, targets.size(), codeName), projectRoot);
		this.targets = List.copyOf(targets);
		this.codeId = codeId;
		this.coder = coder;
	}

	@Override
	protected IStatus apply(AnnotationStore store) throws StoreException {
		created.clear();
		extended.clear();
		return store.inTransaction(s -> {
			Map<String, List<Annotation>> own = new HashMap<>();
			List<NewAnnotation> fresh = new ArrayList<>();
			for (CodingTarget t : targets) {
				Optional<Annotation> same = samePassage(s, own, t);
				if (same.isEmpty()) {
					fresh.add(new NewAnnotation(t.documentId(), t.version(), t.start(), t.end(), t.quote(),
							List.of(codeId), null, coder));
				} else if (!same.get().codeIds().contains(codeId)) {
					List<String> codes = new ArrayList<>(same.get().codeIds());
					codes.add(codeId);
					extended.add(s.updateAnnotation(same.get().withCodes(codes)).id());
				}
			}
			for (Annotation a : s.addAnnotations(fresh, null)) {
				created.add(a.id());
			}
			return created.isEmpty() && extended.isEmpty() ? nothing() : Status.OK_STATUS;
		});
	}

	private Optional<Annotation> samePassage(AnnotationStore store, Map<String, List<Annotation>> own, CodingTarget t)
			throws StoreException {
		List<Annotation> list = own.get(t.documentId());
		if (list == null) {
			list = store.annotations(AnnotationQuery.document(t.documentId()).byCoder(coder));
			own.put(t.documentId(), list);
		}
		return list.stream().filter(a -> a.anchoring().isAnchored() && a.version() == t.version()
				&& a.start() == t.start() && a.end() == t.end()).findFirst();
	}

	@Override
	protected IStatus revert(AnnotationStore store) throws StoreException {
		return store.inTransaction(s -> {
			for (String id : created) {
				Optional<Annotation> made = s.annotation(id);
				if (made.isPresent()) {
					s.deleteAnnotation(id, made.get().rowVersion());
				}
			}
			for (String id : extended) {
				Optional<Annotation> a = s.annotation(id);
				if (a.isPresent()) {
					List<String> codes = new ArrayList<>(a.get().codeIds());
					codes.remove(codeId);
					s.updateAnnotation(a.get().withCodes(codes));
				}
			}
			return Status.OK_STATUS;
		});
	}

	/** @return the ids of the annotations the last execution made, for tests */
	public List<String> createdIds() {
		return List.copyOf(created);
	}
}
