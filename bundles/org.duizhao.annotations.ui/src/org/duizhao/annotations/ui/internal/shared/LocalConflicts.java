package org.duizhao.annotations.ui.internal.shared;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.ui.internal.store.StoreRegistry;

/**
 * Edits the store refused while the workbench was online ({@link ConflictException}: someone changed
 * the record first), kept until the researcher resolves them in the Conflicts view. They live in
 * memory: the refused edit is also still in the dialog the researcher typed it in.
 */
public final class LocalConflicts {

	/**
	 * One refused live edit.
	 *
	 * @param id a number for this session
	 * @param root the project folder
	 * @param mine the researcher's version ({@link org.duizhao.annotations.core.Annotation} or
	 *            {@link org.duizhao.annotations.core.Memo})
	 * @param theirs the stored version, or {@code null} if it was deleted
	 */
	public record Refused(long id, Path root, Object mine, Object theirs) {
	}

	private final List<Refused> refused = new CopyOnWriteArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final AtomicLong ids = new AtomicLong();

	/** Keeps a refused edit of {@code mine} in the project {@code root}. */
	public void add(Path root, Object mine, ConflictException e) {
		refused.add(new Refused(ids.incrementAndGet(), StoreRegistry.key(root), mine, e.current()));
		listeners.forEach(Runnable::run);
	}

	/** Forgets a resolved one. */
	public void resolved(Refused r) {
		refused.removeIf(x -> x.id() == r.id());
		listeners.forEach(Runnable::run);
	}

	/** @return the refused edits of the project in {@code root}, oldest first */
	public List<Refused> of(Path root) {
		Path key = StoreRegistry.key(root);
		List<Refused> out = new ArrayList<>();
		refused.stream().filter(r -> r.root().equals(key)).forEach(out::add);
		return out;
	}

	/** @return how many refused edits the project in {@code root} has */
	public int count(Path root) {
		return of(root).size();
	}

	/** @param listener told when one is added or resolved */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** @param listener no longer told */
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
