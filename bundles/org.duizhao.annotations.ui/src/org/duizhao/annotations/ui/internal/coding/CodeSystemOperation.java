package org.duizhao.annotations.ui.internal.coding;

import java.nio.file.Path;
import java.util.Set;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.StoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * An edit of the code system (new code, rename, colour, description, shortcut, move, merge,
 * delete) as an undoable operation. The first execution makes the store's own call, so the store
 * checks it as always (names, cycles, conflicting changes); it reads the code system and the codes
 * of the affected annotations before and after, in the same transaction. Undo and redo then apply
 * the difference between the two ({@link CodeSystemTransition}): undoing a delete or a merge
 * restores the codes with their ids and gives the annotations, which kept their ids, memos and
 * coders, their codes back.
 */
public final class CodeSystemOperation extends StoreOperation {

	/** The store call of the first execution. */
	@FunctionalInterface
	public interface Edit {
		/** @return what the call returned (a new code), or {@code null} */
		Object run(AnnotationStore store) throws StoreException;
	}

	private final Edit edit;
	private final Set<String> scope;
	private CodeSystemState before;
	private CodeSystemState after;
	private Object result;

	/**
	 * @param label what the Edit menu says after "Undo"
	 * @param projectRoot the project
	 * @param scope the codes whose annotations the edit changes, with their sub-codes (empty when
	 *        it changes no annotation)
	 * @param edit the store call
	 */
	public CodeSystemOperation(String label, Path projectRoot, Set<String> scope, Edit edit) {
		super(label, projectRoot);
		this.scope = Set.copyOf(scope);
		this.edit = edit;
	}

	@Override
	protected IStatus apply(AnnotationStore store) throws StoreException {
		if (after != null) {
			store.inTransaction(s -> {
				CodeSystemTransition.apply(s, before, after);
				return null;
			});
			return Status.OK_STATUS;
		}
		return store.inTransaction(s -> {
			CodeSystemState start = CodeSystemState.read(s, withDescendants(s, scope));
			result = edit.run(s);
			before = start;
			after = CodeSystemState.readAfter(s, start);
			return Status.OK_STATUS;
		});
	}

	private static Set<String> withDescendants(AnnotationStore store, Set<String> codes) throws StoreException {
		return codes.isEmpty() ? codes : new CodeTree(store.codes()).withDescendants(codes);
	}

	@Override
	protected IStatus revert(AnnotationStore store) throws StoreException {
		store.inTransaction(s -> {
			CodeSystemTransition.apply(s, after, before);
			return null;
		});
		return Status.OK_STATUS;
	}

	/** @return what the first execution's store call returned, e.g. the new {@link Code} */
	public Object result() {
		return result;
	}
}
