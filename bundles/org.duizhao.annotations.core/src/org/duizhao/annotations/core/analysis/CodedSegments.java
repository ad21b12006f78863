package org.duizhao.annotations.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.corpus.core.Document;

/**
 * Coded-segment retrieval across documents: the passages that match a query, with their documents'
 * titles and their codes' names, in the documents' order and then by position.
 *
 * @since 0.1
 */
public final class CodedSegments {

	private CodedSegments() {
	}

	/**
	 * @param store the project's store, not {@code null}
	 * @param query which passages; its code ids are taken as given (expand sub-codes with
	 *            {@link CodeTree#withDescendants} first to retrieve a whole branch)
	 * @param documents the project's documents, in the order to list them
	 * @return the segments
	 */
	public static List<CodedSegment> retrieve(AnnotationStore store, AnnotationQuery query, List<Document> documents)
			throws StoreException {
		return of(store.annotations(query), new CodeTree(store.codes()), documents);
	}

	/** @return the segments of {@code annotations}, ordered by document (as listed), then start and end */
	public static List<CodedSegment> of(List<Annotation> annotations, CodeTree tree, List<Document> documents) {
		Map<String, Integer> order = new HashMap<>();
		Map<String, String> titles = new HashMap<>();
		for (int i = 0; i < documents.size(); i++) {
			order.put(documents.get(i).id(), i);
			titles.put(documents.get(i).id(), documents.get(i).displayName());
		}
		List<Annotation> sorted = new ArrayList<>(annotations);
		sorted.sort(Comparator.comparingInt((Annotation a) -> order.getOrDefault(a.documentId(), Integer.MAX_VALUE))
				.thenComparing(Annotation::documentId).thenComparingInt(Annotation::start)
				.thenComparingInt(Annotation::end));
		List<CodedSegment> out = new ArrayList<>(sorted.size());
		for (Annotation a : sorted) {
			List<String> codes = a.codeIds().stream().map(id -> tree.get(id).isPresent() ? tree.path(id) : id).toList();
			out.add(new CodedSegment(a, titles.getOrDefault(a.documentId(), a.documentId()), a.quote().exact(), codes));
		}
		return out;
	}

	/** @return the number of segments per document id */
	public static Map<String, Integer> countByDocument(List<CodedSegment> segments) {
		Map<String, Integer> out = new HashMap<>();
		segments.forEach(s -> out.merge(s.annotation().documentId(), 1, Integer::sum));
		return out;
	}
}
