package org.duizhao.report.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.report.core.Passage;
import org.duizhao.report.core.ReportSelection;
import org.eclipse.osgi.util.NLS;

/**
 * A {@link ReportSelection} resolved against a project and its store: the documents, the code ids
 * (with sub-codes), and the matching annotations per document.
 */
public final class Scope {

	private final List<Document> documents;
	private final CodeTree tree;
	private final Set<String> codeIds;
	private final boolean allCodes;
	private final Map<String, List<Annotation>> byDocument;

	private Scope(List<Document> documents, CodeTree tree, Set<String> codeIds, boolean allCodes,
			Map<String, List<Annotation>> byDocument) {
		this.documents = documents;
		this.tree = tree;
		this.codeIds = codeIds;
		this.allCodes = allCodes;
		this.byDocument = byDocument;
	}

	/**
	 * @throws IllegalArgumentException when a named document or code does not exist
	 */
	public static Scope resolve(Project project, AnnotationStore store, ReportSelection selection)
			throws StoreException {
		List<Document> docs = selection.documents().isEmpty() ? project.documents()
				: findDocuments(project.documents(), selection.documents());
		CodeTree tree = new CodeTree(store.codes());
		boolean allCodes = selection.codes().isEmpty();
		Set<String> codeIds = new LinkedHashSet<>();
		for (String name : selection.codes()) {
			Code c = tree.find(name).orElseThrow(
					() -> new IllegalArgumentException(NLS.bind(Messages.errorUnknownCode, name)));
			codeIds.add(c.id());
		}
		codeIds = tree.withDescendants(codeIds);
		Set<String> docIds = docs.stream().map(Document::id).collect(Collectors.toSet());
		AnnotationQuery query = new AnnotationQuery(docIds, allCodes ? null : codeIds,
				new HashSet<>(selection.coders()), null, null);
		Map<String, List<Annotation>> byDoc = docIds.isEmpty() ? Map.of()
				: store.annotations(query).stream().filter(a -> allCodes || !a.codeIds().isEmpty())
						.collect(Collectors.groupingBy(Annotation::documentId));
		return new Scope(docs, tree, codeIds, allCodes, byDoc);
	}

	/**
	 * @return the documents named by {@code keys} (id, display name or source file name), in that
	 *         order, each once
	 * @throws IllegalArgumentException when a key matches no document or several
	 */
	public static List<Document> findDocuments(List<Document> all, List<String> keys) {
		List<Document> found = new ArrayList<>();
		for (String key : keys) {
			List<Document> hits = all.stream().filter(d -> d.id().equals(key) || key.equals(d.displayName())
					|| key.equals(d.current().sourceName())).toList();
			if (hits.isEmpty()) {
				throw new IllegalArgumentException(NLS.bind(Messages.errorUnknownDocument, key));
			}
			if (hits.size() > 1) {
				throw new IllegalArgumentException(NLS.bind(Messages.errorAmbiguousDocument, key, hits.size()));
			}
			if (!found.contains(hits.get(0))) {
				found.add(hits.get(0));
			}
		}
		return found;
	}

	/** @return the documents, in the order chosen (project order when all) */
	public List<Document> documents() {
		return documents;
	}

	/** @return the whole code tree */
	public CodeTree tree() {
		return tree;
	}

	/** @return whether the code is reported */
	public boolean covers(Code code) {
		return allCodes || codeIds.contains(code.id());
	}

	/** @return the selected codes in code-tree order (depth first) */
	public List<Code> codesInOrder() {
		List<Code> out = new ArrayList<>();
		addInOrder(null, out);
		return out;
	}

	private void addInOrder(String parentId, List<Code> out) {
		for (Code c : tree.children(parentId)) {
			if (covers(c)) {
				out.add(c);
			}
			addInOrder(c.id(), out);
		}
	}

	/** @return the matching annotations on {@code document}, by start */
	public List<Annotation> annotations(Document document) {
		return byDocument.getOrDefault(document.id(), List.of());
	}

	/** @return the annotation with those of its codes that are reported */
	public Passage passage(Annotation a) {
		List<Code> codes = new ArrayList<>();
		for (String id : a.codeIds()) {
			tree.get(id).filter(this::covers).ifPresent(codes::add);
		}
		return new Passage(a, codes);
	}
}
