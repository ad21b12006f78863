package org.duizhao.search.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.search.core.SearchHit;

/**
 * The rows of the concordance: the hits flat, or grouped under their documents. A model of plain
 * records, so that the table's providers stay thin.
 */
final class Concordance {

	/** A document and its hits, the parent rows of the grouped view. */
	record Group(String documentId, String title, List<SearchHit> hits) {
	}

	private Concordance() {
	}

	/** @return the hits grouped by document, in the order of their first hit */
	static List<Group> groups(List<SearchHit> hits) {
		Map<String, List<SearchHit>> byDocument = new LinkedHashMap<>();
		Map<String, String> titles = new LinkedHashMap<>();
		for (SearchHit h : hits) {
			byDocument.computeIfAbsent(h.documentId(), k -> new ArrayList<>()).add(h);
			titles.putIfAbsent(h.documentId(), h.title());
		}
		List<Group> groups = new ArrayList<>();
		byDocument.forEach((id, list) -> groups.add(new Group(id, titles.get(id), List.copyOf(list))));
		return groups;
	}

	/** @return the left context read from the match outwards, the key concordancers sort it by */
	static String leftKey(SearchHit h) {
		return new StringBuilder(h.left()).reverse().toString();
	}
}
