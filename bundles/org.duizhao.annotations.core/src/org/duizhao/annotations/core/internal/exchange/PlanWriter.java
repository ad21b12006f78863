package org.duizhao.annotations.core.internal.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.exchange.ImportPlan.PlannedAnnotation;
import org.duizhao.annotations.core.internal.exchange.ImportPlan.PlannedCode;
import org.duizhao.annotations.core.internal.exchange.ImportPlan.PlannedMemo;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes an {@link ImportPlan} in ONE store transaction: codes found or created by path, then the
 * annotations, then the memos. A failure or a cancel anywhere rolls everything back.
 */
public final class PlanWriter {

	/** What was written: codes created, annotations and memos added. */
	public record Written(int codes, int annotations, int memos) {
	}

	private PlanWriter() {
	}

	/**
	 * @param monitor progress and cancel, may be {@code null}; a cancel throws
	 *            {@link OperationCanceledException} after rolling back
	 */
	public static Written write(AnnotationStore store, ImportPlan plan, IProgressMonitor monitor)
			throws StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskWrite, 100);
		try {
			return store.inTransaction(s -> writeAll(s, plan, progress));
		} catch (StoreException e) {
			if (e.getCause() instanceof OperationCanceledException cancel) {
				throw cancel;
			}
			throw e;
		}
	}

	private static Written writeAll(AnnotationStore s, ImportPlan plan, SubMonitor progress) throws StoreException {
		Codes codes = new Codes(s);
		for (PlannedCode c : plan.codes()) {
			codes.ensure(c.path(), c.color(), c.description());
		}
		checkCancel(progress);
		List<NewAnnotation> list = new ArrayList<>();
		for (PlannedAnnotation a : plan.annotations()) {
			List<String> ids = new ArrayList<>(a.existingCodeIds());
			for (List<String> path : a.codePaths()) {
				String id = codes.ensure(path, null, null);
				if (!ids.contains(id)) {
					ids.add(id);
				}
			}
			list.add(new NewAnnotation(a.documentId(), a.version(), a.start(), a.end(), a.quote(), ids, a.memo(),
					a.coder()));
		}
		s.addAnnotations(list, progress.split(90));
		checkCancel(progress);
		for (PlannedMemo m : plan.memos()) {
			s.createMemo(m.documentId(), m.title(), m.text(), m.author());
		}
		checkCancel(progress);
		return new Written(codes.created, list.size(), plan.memos().size());
	}

	private static void checkCancel(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The code system by path, creating missing codes level by level. */
	private static final class Codes {
		private final AnnotationStore store;
		private final Map<List<String>, String> byPath = new HashMap<>();
		int created;

		Codes(AnnotationStore store) throws StoreException {
			this.store = store;
			CodeTree tree = new CodeTree(store.codes());
			for (Code c : store.codes()) {
				byPath.putIfAbsent(pathOf(tree, c), c.id());
			}
		}

		private static List<String> pathOf(CodeTree tree, Code c) {
			List<String> names = new ArrayList<>();
			for (Code x = c; x != null; x = x.parentId() == null ? null : tree.get(x.parentId()).orElse(null)) {
				names.add(0, x.name());
				if (names.size() > 100) {
					break;
				}
			}
			return List.copyOf(names);
		}

		String ensure(List<String> path, String color, String description) throws StoreException {
			String parent = null;
			for (int i = 1; i <= path.size(); i++) {
				List<String> prefix = List.copyOf(path.subList(0, i));
				String id = byPath.get(prefix);
				if (id == null) {
					boolean last = i == path.size();
					Code c = store.createCode(parent, path.get(i - 1), last ? color : null, last ? description : null,
							null);
					id = c.id();
					byPath.put(prefix, id);
					created++;
				}
				parent = id;
			}
			return parent;
		}
	}
}
