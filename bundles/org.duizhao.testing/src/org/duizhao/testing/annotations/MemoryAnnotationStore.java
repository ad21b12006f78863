package org.duizhao.testing.annotations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeColors;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.CodeUsage;
import org.duizhao.annotations.core.ConflictException;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.StoreListener;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * An in-memory {@link AnnotationStore} for tests of code written against the interface (exchange,
 * analysis) until they run on the embedded SQLite store. Transactions are real: the state is
 * copied when the outermost transaction begins and restored when its work throws. A write can be
 * made to fail after a number of successful writes ({@link #failAfter}), to test that a failure in
 * the middle of an import leaves the store as it was.
 */
public final class MemoryAnnotationStore implements AnnotationStore {

	private final ReentrantLock lock = new ReentrantLock();
	private State state = new State();
	private int writesBeforeFailure = -1;

	/** Everything the store holds; copied for rollback. */
	private static final class State {
		final Map<String, Code> codes = new LinkedHashMap<>();
		final Map<String, Annotation> annotations = new LinkedHashMap<>();
		final Map<String, Memo> memos = new LinkedHashMap<>();
		final Map<String, Link> links = new LinkedHashMap<>();
		final List<String> linkTypes = new ArrayList<>(Link.DEFAULT_TYPES);

		State copy() {
			State s = new State();
			s.codes.putAll(codes);
			s.annotations.putAll(annotations);
			s.memos.putAll(memos);
			s.links.putAll(links);
			s.linkTypes.clear();
			s.linkTypes.addAll(linkTypes);
			return s;
		}
	}

	/** Makes the write after the next {@code n} successful ones throw a {@link StoreException}. */
	public void failAfter(int n) {
		writesBeforeFailure = n;
	}

	private void write() throws StoreException {
		if (writesBeforeFailure == 0) {
			writesBeforeFailure = -1;
			throw new StoreException("simulated write failure"); //$NON-NLS-1$
		}
		if (writesBeforeFailure > 0) {
			writesBeforeFailure--;
		}
	}

	@Override
	public <T> T inTransaction(StoreWork<T> work) throws StoreException {
		lock.lock();
		boolean outer = lock.getHoldCount() == 1;
		State before = outer ? state.copy() : null;
		try {
			return work.run(this);
		} catch (StoreException | RuntimeException e) {
			rollback(outer, before);
			throw e;
		} catch (Exception e) {
			rollback(outer, before);
			throw new StoreException(e.getMessage(), e);
		} finally {
			lock.unlock();
		}
	}

	private void rollback(boolean outer, State before) {
		if (outer) {
			state = before;
		}
	}

	private <T> T tx(StoreWork<T> work) throws StoreException {
		return inTransaction(work);
	}

	@Override
	public List<Code> codes() {
		lock.lock();
		try {
			return List.copyOf(state.codes.values());
		} finally {
			lock.unlock();
		}
	}

	@Override
	public Code createCode(String parentId, String name, String color, String description, String shortcut)
			throws StoreException {
		return tx(s -> {
			write();
			if (parentId != null && !state.codes.containsKey(parentId)) {
				throw new StoreException("no parent " + parentId); //$NON-NLS-1$
			}
			List<Code> siblings = state.codes.values().stream().filter(c -> java.util.Objects.equals(c.parentId(), parentId)).toList();
			if (siblings.stream().anyMatch(c -> c.name().equals(name))) {
				throw new StoreException("a sibling is named " + name); //$NON-NLS-1$
			}
			Code c = new Code(UUID.randomUUID().toString(), parentId, name,
					color != null ? color : CodeColors.nth(state.codes.size()), description, shortcut, siblings.size(), 1);
			state.codes.put(c.id(), c);
			return c;
		});
	}

	@Override
	public Code updateCode(Code code) throws StoreException {
		return tx(s -> {
			write();
			Code cur = current(state.codes, code.id(), code.rowVersion());
			Code next = new Code(cur.id(), code.parentId(), code.name(), code.color(), code.description(),
					code.shortcut(), code.position(), cur.rowVersion() + 1);
			state.codes.put(next.id(), next);
			return next;
		});
	}

	@Override
	public CodeUsage usage(String codeId) {
		Set<String> ids = new CodeTree(codes()).withDescendants(Set.of(codeId));
		List<Annotation> using = state.annotations.values().stream()
				.filter(a -> a.codeIds().stream().anyMatch(ids::contains)).toList();
		return new CodeUsage(using.size(), (int) using.stream().map(Annotation::documentId).distinct().count(),
				ids.size() - 1);
	}

	@Override
	public void deleteCode(String codeId, long rowVersion) throws StoreException {
		tx(s -> {
			write();
			current(state.codes, codeId, rowVersion);
			Set<String> ids = new CodeTree(codes()).withDescendants(Set.of(codeId));
			ids.forEach(state.codes::remove);
			for (Annotation a : List.copyOf(state.annotations.values())) {
				List<String> left = a.codeIds().stream().filter(id -> !ids.contains(id)).toList();
				if (left.size() != a.codeIds().size()) {
					state.annotations.put(a.id(), bump(a.withCodes(left)));
				}
			}
			return null;
		});
	}

	@Override
	public void mergeCodes(String sourceId, long sourceRowVersion, String targetId) throws StoreException {
		tx(s -> {
			write();
			current(state.codes, sourceId, sourceRowVersion);
			for (Annotation a : List.copyOf(state.annotations.values())) {
				if (a.codeIds().contains(sourceId)) {
					List<String> ids = new ArrayList<>();
					for (String id : a.codeIds()) {
						String m = id.equals(sourceId) ? targetId : id;
						if (!ids.contains(m)) {
							ids.add(m);
						}
					}
					state.annotations.put(a.id(), bump(a.withCodes(ids)));
				}
			}
			for (Code c : List.copyOf(state.codes.values())) {
				if (sourceId.equals(c.parentId())) {
					state.codes.put(c.id(), c.withParent(targetId, c.position()));
				}
			}
			state.codes.remove(sourceId);
			return null;
		});
	}

	@Override
	public Annotation addAnnotation(NewAnnotation n) throws StoreException {
		return addAnnotations(List.of(n), null).get(0);
	}

	@Override
	public List<Annotation> addAnnotations(List<NewAnnotation> list, IProgressMonitor monitor) throws StoreException {
		return tx(s -> {
			List<Annotation> out = new ArrayList<>();
			Instant now = Instant.now();
			for (NewAnnotation n : list) {
				if (monitor != null && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				write();
				for (String id : n.codeIds()) {
					if (!state.codes.containsKey(id)) {
						throw new StoreException("no code " + id); //$NON-NLS-1$
					}
				}
				Annotation a = new Annotation(UUID.randomUUID().toString(), n.documentId(), n.version(), n.start(),
						n.end(), n.quote(), n.codeIds(), n.memo(), n.coder(), now, now, null, 1);
				state.annotations.put(a.id(), a);
				out.add(a);
			}
			return out;
		});
	}

	@Override
	public Annotation updateAnnotation(Annotation a) throws StoreException {
		return updateAnnotations(List.of(a)).get(0);
	}

	@Override
	public List<Annotation> updateAnnotations(List<Annotation> list) throws StoreException {
		return tx(s -> {
			List<Annotation> out = new ArrayList<>();
			for (Annotation a : list) {
				write();
				current(state.annotations, a.id(), a.rowVersion());
				Annotation next = bump(a);
				state.annotations.put(a.id(), next);
				out.add(next);
			}
			return out;
		});
	}

	private static Annotation bump(Annotation a) {
		return new Annotation(a.id(), a.documentId(), a.version(), a.start(), a.end(), a.quote(), a.codeIds(), a.memo(),
				a.coder(), a.created(), Instant.now(), a.anchoring(), a.rowVersion() + 1);
	}

	@Override
	public void deleteAnnotation(String id, long rowVersion) throws StoreException {
		tx(s -> {
			write();
			current(state.annotations, id, rowVersion);
			state.annotations.remove(id);
			state.links.values().removeIf(l -> l.fromId().equals(id) || l.toId().equals(id));
			return null;
		});
	}

	@Override
	public Optional<Annotation> annotation(String id) {
		return Optional.ofNullable(state.annotations.get(id));
	}

	@Override
	public List<Annotation> annotations(AnnotationQuery q) {
		lock.lock();
		try {
			return state.annotations.values().stream().filter(a -> matches(q, a))
					.sorted(Comparator.comparing(Annotation::documentId).thenComparingInt(Annotation::start)
							.thenComparingInt(Annotation::end))
					.toList();
		} finally {
			lock.unlock();
		}
	}

	private static boolean matches(AnnotationQuery q, Annotation a) {
		return (q.documentIds().isEmpty() || q.documentIds().contains(a.documentId()))
				&& (q.codeIds().isEmpty() || a.codeIds().stream().anyMatch(q.codeIds()::contains))
				&& (q.coders().isEmpty() || q.coders().contains(a.coder()))
				&& (q.text() == null || a.quote().exact().contains(q.text()) || a.memo().contains(q.text()))
				&& (q.anchoredOnly() == null || q.anchoredOnly() == a.anchoring().isAnchored());
	}

	@Override
	public Map<String, Integer> codeCounts() {
		Map<String, Integer> out = new HashMap<>();
		state.annotations.values().forEach(a -> a.codeIds().forEach(id -> out.merge(id, 1, Integer::sum)));
		return out;
	}

	@Override
	public List<String> coders() {
		return List.copyOf(new TreeSet<>(state.annotations.values().stream().map(Annotation::coder).toList()));
	}

	@Override
	public Memo createMemo(String documentId, String title, String text, String author) throws StoreException {
		return tx(s -> {
			write();
			Memo m = new Memo(UUID.randomUUID().toString(), documentId, title, text, author, Instant.now(), null, 1);
			state.memos.put(m.id(), m);
			return m;
		});
	}

	@Override
	public Memo updateMemo(Memo memo) throws StoreException {
		return tx(s -> {
			write();
			Memo cur = current(state.memos, memo.id(), memo.rowVersion());
			Memo next = new Memo(cur.id(), cur.documentId(), memo.title(), memo.text(), cur.author(), cur.created(),
					Instant.now(), cur.rowVersion() + 1);
			state.memos.put(next.id(), next);
			return next;
		});
	}

	@Override
	public void deleteMemo(String id, long rowVersion) throws StoreException {
		tx(s -> {
			write();
			current(state.memos, id, rowVersion);
			state.memos.remove(id);
			return null;
		});
	}

	@Override
	public List<Memo> memos(String documentId) {
		return state.memos.values().stream().filter(m -> java.util.Objects.equals(m.documentId(), documentId)).toList();
	}

	@Override
	public List<Memo> allMemos() {
		lock.lock();
		try {
			List<Memo> out = new ArrayList<>(memos(null));
			state.memos.values().stream().filter(m -> m.documentId() != null)
					.sorted(Comparator.comparing(Memo::documentId)).forEach(out::add);
			return out;
		} finally {
			lock.unlock();
		}
	}

	@Override
	public List<String> linkTypes() {
		return List.copyOf(state.linkTypes);
	}

	@Override
	public void setLinkTypes(List<String> types) throws StoreException {
		tx(s -> {
			write();
			state.linkTypes.clear();
			state.linkTypes.addAll(types);
			return null;
		});
	}

	@Override
	public Link createLink(String fromId, String toId, String type, String memo, String author) throws StoreException {
		return tx(s -> {
			write();
			Link l = new Link(UUID.randomUUID().toString(), fromId, toId, type, memo, author, Instant.now(), 1);
			state.links.put(l.id(), l);
			return l;
		});
	}

	@Override
	public void deleteLink(String id, long rowVersion) throws StoreException {
		tx(s -> {
			write();
			current(state.links, id, rowVersion);
			state.links.remove(id);
			return null;
		});
	}

	@Override
	public List<Link> links() {
		return List.copyOf(state.links.values());
	}

	@Override
	public void addListener(StoreListener listener) {
		// tests of this store do not listen
	}

	@Override
	public void removeListener(StoreListener listener) {
		// tests of this store do not listen
	}

	@Override
	public String describe() {
		return "memory"; //$NON-NLS-1$
	}

	/** Keeps the contents, so that a test can hand the same store to several runs (the CLI closes it). */
	@Override
	public void close() {
		// nothing to release
	}

	private static <V> V current(Map<String, V> map, String id, long rowVersion) throws StoreException {
		V v = map.get(id);
		if (v == null) {
			throw new ConflictException("deleted: " + id, null); //$NON-NLS-1$
		}
		long cur = v instanceof Code c ? c.rowVersion()
				: v instanceof Annotation a ? a.rowVersion()
						: v instanceof Memo m ? m.rowVersion() : ((Link) v).rowVersion();
		if (cur != rowVersion) {
			throw new ConflictException("changed: " + id, v); //$NON-NLS-1$
		}
		return v;
	}
}
