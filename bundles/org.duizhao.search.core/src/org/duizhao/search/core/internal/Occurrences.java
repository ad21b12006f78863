package org.duizhao.search.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
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
 * points of the original). Scores are not computed; the order is the project's. Occurrences stay
 * packed per document (a common word has tens of thousands) until a page of them is shown.
 */
public final class Occurrences {

	/**
	 * The occurrences in one document.
	 *
	 * @param spans {@code start << 32 | end} of each, in code points, sorted, without duplicates
	 */
	public record InDocument(String documentId, int version, long[] spans) {
		/** @return the start of occurrence {@code i} */
		public int start(int i) {
			return (int) (spans[i] >>> 32);
		}

		/** @return the end of occurrence {@code i} */
		public int end(int i) {
			return (int) spans[i];
		}
	}

	private Occurrences() {
	}

	/**
	 * @param order each document id's place in the project, for sorting (unknown ids go last)
	 * @return the documents with occurrences, in project order
	 */
	public static List<InDocument> find(DirectoryReader reader, Query query, Map<String, Integer> order,
			IProgressMonitor monitor) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
		List<InDocument> all = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			Bits live = leaf.reader().getLiveDocs();
			SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ID);
			NumericDocValues versions = leaf.reader().getNumericDocValues(IndexFields.VERSION);
			DocIdSetIterator docs = scorer.iterator();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if (monitor != null && monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				if ((live == null || live.get(doc)) && ids.advanceExact(doc) && versions.advanceExact(doc)) {
					long[] spans = spans(weight.matches(leaf, doc));
					if (spans.length > 0) {
						all.add(new InDocument(ids.lookupOrd(ids.ordValue()).utf8ToString(), (int) versions.longValue(),
								spans));
					}
				}
			}
		}
		all.sort(Comparator.comparingInt((InDocument d) -> order.getOrDefault(d.documentId(), Integer.MAX_VALUE))
				.thenComparing(InDocument::documentId));
		return all;
	}

	private static long[] spans(Matches matches) throws IOException {
		MatchesIterator it = matches == null ? null : matches.getMatches(IndexFields.TEXT);
		if (it == null) {
			return new long[0];
		}
		long[] spans = new long[16];
		int n = 0;
		while (it.next()) {
			int start = it.startOffset();
			if (start >= 0) {
				if (n == spans.length) {
					spans = Arrays.copyOf(spans, n * 2);
				}
				spans[n++] = ((long) start << 32) | it.endOffset();
			}
		}
		Arrays.sort(spans, 0, n);
		int kept = 0;
		for (int i = 0; i < n; i++) {
			if (kept == 0 || spans[i] != spans[kept - 1]) {
				spans[kept++] = spans[i];
			}
		}
		return Arrays.copyOf(spans, kept);
	}
}
