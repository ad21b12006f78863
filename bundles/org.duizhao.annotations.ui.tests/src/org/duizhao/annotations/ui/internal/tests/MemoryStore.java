package org.duizhao.annotations.ui.internal.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeColors;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.CodeUsage;
import org.duizhao.annotations.core.Link;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.StoreChange;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.StoreListener;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A store in memory, for the UI tests until the SQLite store is on this branch: codes and
 * annotations (what the UI uses), with change events. Memos and links are not kept.
 */
final class MemoryStore implements AnnotationStore {

	private final Map<String, Code> codes = new LinkedHashMap<>();
	private final Map<String, Annotation> annotations = new LinkedHashMap<>();
	private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();

	private void fire(StoreChange.Kind kind, String id, String documentId) {
		StoreChange change = new StoreChange(kind, id == null ? null : Set.of(id),
				documentId == null ? null : Set.of(documentId), false);
		listeners.forEach(l -> l.changed(change));
	}

	@Override
	public synchronized List<Code> codes() {
		return List.copyOf(codes.values());
	}

	@Override
	public Code createCode(String parentId, String name, String color, String description, String shortcut)
			throws StoreException {
		Code c;
		synchronized (this) {
			if (new CodeTree(codes()).children(parentId).stream().anyMatch(s -> s.name().equals(name))) {
				throw new StoreException("exists: " + name); //$NON-NLS-1$
			}
			c = new Code(UUID.randomUUID().toString(), parentId, name, color == null ? CodeColors.nth(codes.size()) : color,
					description, shortcut, codes.size(), 1);
			codes.put(c.id(), c);
		}
		fire(StoreChange.Kind.CODES, c.id(), null);
		return c;
	}

	@Override
	public Code updateCode(Code code) {
		Code c = new Code(code.id(), code.parentId(), code.name(), code.color(), code.description(), code.shortcut(),
				code.position(), code.rowVersion() + 1);
		synchronized (this) {
			codes.put(c.id(), c);
		}
		fire(StoreChange.Kind.CODES, c.id(), null);
		return c;
	}

	@Override
	public synchronized CodeUsage usage(String codeId) {
		Set<String> ids = new CodeTree(codes()).withDescendants(Set.of(codeId));
		List<Annotation> using = annotations.values().stream().filter(a -> a.codeIds().stream().anyMatch(ids::contains))
				.toList();
		return new CodeUsage(using.size(), (int) using.stream().map(Annotation::documentId).distinct().count(),
				ids.size() - 1);
	}

	@Override
	public void deleteCode(String codeId, long rowVersion) {
		synchronized (this) {
			Set<String> ids = new CodeTree(codes()).withDescendants(Set.of(codeId));
			ids.forEach(codes::remove);
			annotations.replaceAll((k, a) -> a.withCodes(a.codeIds().stream().filter(c -> !ids.contains(c)).toList()));
		}
		fire(StoreChange.Kind.ALL, null, null);
	}

	@Override
	public void mergeCodes(String sourceId, long sourceRowVersion, String targetId) {
		synchronized (this) {
			codes.replaceAll((k, c) -> sourceId.equals(c.parentId()) ? c.withParent(targetId, c.position()) : c);
			codes.remove(sourceId);
			annotations.replaceAll((k, a) -> a.withCodes(a.codeIds().stream().map(c -> c.equals(sourceId) ? targetId : c)
					.distinct().toList()));
		}
		fire(StoreChange.Kind.ALL, null, null);
	}

	@Override
	public Annotation addAnnotation(NewAnnotation n) {
		Annotation a = new Annotation(UUID.randomUUID().toString(), n.documentId(), n.version(), n.start(), n.end(),
				n.quote(), n.codeIds(), n.memo(), n.coder(), Instant.now(), null, null, 1);
		synchronized (this) {
			annotations.put(a.id(), a);
		}
		fire(StoreChange.Kind.ANNOTATIONS, a.id(), a.documentId());
		return a;
	}

	@Override
	public List<Annotation> addAnnotations(List<NewAnnotation> list, IProgressMonitor monitor) {
		List<Annotation> out = new ArrayList<>();
		list.forEach(n -> out.add(addAnnotation(n)));
		return out;
	}

	@Override
	public Annotation updateAnnotation(Annotation a) {
		Annotation b = new Annotation(a.id(), a.documentId(), a.version(), a.start(), a.end(), a.quote(), a.codeIds(),
				a.memo(), a.coder(), a.created(), Instant.now(), a.anchoring(), a.rowVersion() + 1);
		synchronized (this) {
			annotations.put(b.id(), b);
		}
		fire(StoreChange.Kind.ANNOTATIONS, b.id(), b.documentId());
		return b;
	}

	@Override
	public List<Annotation> updateAnnotations(List<Annotation> list) {
		return list.stream().map(this::updateAnnotation).toList();
	}

	@Override
	public void deleteAnnotation(String id, long rowVersion) {
		Annotation a;
		synchronized (this) {
			a = annotations.remove(id);
		}
		if (a != null) {
			fire(StoreChange.Kind.ANNOTATIONS, id, a.documentId());
		}
	}

	@Override
	public synchronized Optional<Annotation> annotation(String id) {
		return Optional.ofNullable(annotations.get(id));
	}

	@Override
	public synchronized List<Annotation> annotations(AnnotationQuery q) {
		return annotations.values().stream()
				.filter(a -> q.documentIds().isEmpty() || q.documentIds().contains(a.documentId()))
				.filter(a -> q.codeIds().isEmpty() || a.codeIds().stream().anyMatch(q.codeIds()::contains))
				.filter(a -> q.coders().isEmpty() || q.coders().contains(a.coder()))
				.filter(a -> q.text() == null || a.quote().exact().contains(q.text()) || a.memo().contains(q.text()))
				.filter(a -> q.anchoredOnly() == null || q.anchoredOnly() == a.anchoring().isAnchored())
				.sorted(Comparator.comparing(Annotation::documentId).thenComparingInt(Annotation::start)
						.thenComparingInt(Annotation::end))
				.toList();
	}

	@Override
	public synchronized Map<String, Integer> codeCounts() {
		Map<String, Integer> counts = new HashMap<>();
		annotations.values().forEach(a -> a.codeIds().forEach(c -> counts.merge(c, 1, Integer::sum)));
		return counts;
	}

	@Override
	public synchronized List<String> coders() {
		return new HashSet<>(annotations.values().stream().map(Annotation::coder).toList()).stream().sorted().toList();
	}

	@Override
	public Memo createMemo(String documentId, String title, String text, String author) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Memo updateMemo(Memo memo) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void deleteMemo(String id, long rowVersion) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Memo> memos(String documentId) {
		return List.of();
	}

	@Override
	public List<Memo> allMemos() {
		return List.of();
	}

	@Override
	public List<String> linkTypes() {
		return Link.DEFAULT_TYPES;
	}

	@Override
	public void setLinkTypes(List<String> types) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Link createLink(String fromId, String toId, String type, String memo, String author) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void deleteLink(String id, long rowVersion) {
		throw new UnsupportedOperationException();
	}

	@Override
	public List<Link> links() {
		return List.of();
	}

	@Override
	public <T> T inTransaction(StoreWork<T> work) throws StoreException {
		try {
			return work.run(this);
		} catch (Exception e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	@Override
	public void addListener(StoreListener listener) {
		if (!listeners.contains(listener)) {
			listeners.add(listener);
		}
	}

	@Override
	public void removeListener(StoreListener listener) {
		listeners.remove(listener);
	}

	@Override
	public String describe() {
		return "memory"; //$NON-NLS-1$
	}

	@Override
	public void close() {
		listeners.clear();
	}
}
