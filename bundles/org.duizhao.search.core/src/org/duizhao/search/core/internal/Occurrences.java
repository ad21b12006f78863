package org.duizhao.search.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Every occurrence of a query, one per match: Lucene's matches API walks, for each matching
 * document, the positions each term or phrase matched, with the offsets the index stored (code
 * points of the original). Scores are not computed; the order is the project's.
 */
public final class Occurrences {

	/** One occurrence: the document, the indexed version and the original range in code points. */
	public record Occurrence(String documentId, int version, int start, int end) {
	}

	private Occurrences() {
	}

	/**
	 * @param order each document id's place in the project, for sorting (unknown ids go last)
	 * @return all occurrences, by document order then start, duplicates removed
	 */
	public static List<Occurrence> find(DirectoryReader reader, Query query, Map<String, Integer> order,
			IProgressMonitor monitor) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
		List<Occurrence> all = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			Bits live = leaf.reader().getLiveDocs();
			DocIdSetIterator docs = scorer.iterator();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if (monitor != null && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				if (live == null || live.get(doc)) {
					collect(weight, leaf, doc, all);
				}
			}
		}
		all.sort(Comparator.comparingInt((Occurrence o) -> order.getOrDefault(o.documentId(), Integer.MAX_VALUE))
				.thenComparing(Occurrence::documentId).thenComparingInt(Occurrence::start)
				.thenComparingInt(Occurrence::end));
		return all;
	}

	private static void collect(Weight weight, LeafReaderContext leaf, int doc, List<Occurrence> all)
			throws IOException {
		Matches matches = weight.matches(leaf, doc);
		MatchesIterator it = matches == null ? null : matches.getMatches(IndexFields.TEXT);
		if (it == null) {
			return;
		}
		org.apache.lucene.document.Document stored = leaf.reader().storedFields().document(doc,
				Set.of(IndexFields.ID, IndexFields.VERSION));
		String id = stored.get(IndexFields.ID);
		int version = stored.getField(IndexFields.VERSION).numericValue().intValue();
		Set<Long> seen = new TreeSet<>();
		while (it.next()) {
			int start = it.startOffset();
			int end = it.endOffset();
			if (start >= 0 && seen.add(((long) start << 32) | end)) {
				all.add(new Occurrence(id, version, start, end));
			}
		}
	}
}
