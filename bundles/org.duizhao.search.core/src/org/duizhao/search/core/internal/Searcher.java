package org.duizhao.search.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.DocumentVersion;
import org.duizhao.corpus.core.Project;
import org.duizhao.search.core.SearchHit;
import org.duizhao.search.core.SearchQuery;
import org.duizhao.search.core.SearchResult;
import org.duizhao.text.core.CodePoints;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

/** Runs one search on an open index: the query with its filters, then concordance lines. */
public final class Searcher {

	private final Project project;
	private final SearchText text;
	private final DirectoryReader reader;

	/** @param reader an up-to-date reader on the project's index */
	public Searcher(Project project, SearchText text, DirectoryReader reader) {
		this.project = project;
		this.text = text;
		this.reader = reader;
	}

	/** See {@code SearchIndex#search}. */
	public SearchResult search(SearchQuery query, Map<String, Integer> order, Map<String, Document> documents,
			int limit, int context, IProgressMonitor monitor) throws IOException {
		Query q = new QueryReader(text, this::expand).read(query.text());
		List<Occurrences.InDocument> found = Occurrences.find(reader, filtered(q, query), order, monitor);
		int total = 0;
		List<SearchHit> hits = new ArrayList<>();
		for (Occurrences.InDocument in : found) {
			total += in.spans().length;
			Document d = documents.get(in.documentId());
			Text t = hits.size() >= limit || d == null ? null : read(d, in.version());
			for (int i = 0; t != null && i < in.spans().length && hits.size() < limit; i++) {
				hits.add(Kwic.line(d.id(), d.displayName(), in.version(), t.text, t.index, in.start(i), in.end(i),
						context));
			}
		}
		return new SearchResult(total, found.size(), hits);
	}

	private Query filtered(Query q, SearchQuery query) {
		BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
		prefixFilter(b, IndexFields.REGION, query.region());
		prefixFilter(b, IndexFields.ISSUER, query.issuer());
		String tag = IndexFields.key(query.tag(), text);
		if (tag != null) {
			b.add(new TermQuery(new Term(IndexFields.TAG, tag)), Occur.FILTER);
		}
		if (query.script() != null && !query.script().isBlank()) {
			b.add(new TermQuery(new Term(IndexFields.SCRIPT, query.script().strip().toLowerCase(Locale.ROOT))),
					Occur.FILTER);
		}
		if (query.fromYear() != null || query.toYear() != null) {
			int from = query.fromYear() == null ? Integer.MIN_VALUE : query.fromYear();
			int to = query.toYear() == null ? Integer.MAX_VALUE : query.toYear();
			b.add(IntPoint.newRangeQuery(IndexFields.YEAR, from, to), Occur.FILTER);
		}
		return b.build();
	}

	private void prefixFilter(BooleanQuery.Builder b, String field, String value) {
		String key = IndexFields.key(value, text);
		if (key != null) {
			b.add(new PrefixQuery(new Term(field, key)), Occur.FILTER);
		}
	}

	/** @return the index terms of the text that start with {@code prefix} */
	private List<Term> expand(String prefix) {
		List<Term> terms = new ArrayList<>();
		try {
			Terms all = MultiTerms.getTerms(reader, IndexFields.TEXT);
			if (all == null) {
				return terms;
			}
			BytesRef start = new BytesRef(prefix);
			TermsEnum it = all.iterator();
			if (it.seekCeil(start) == TermsEnum.SeekStatus.END) {
				return terms;
			}
			for (BytesRef t = it.term(); t != null && StringHelper.startsWith(t, start); t = it.next()) {
				if (terms.size() == QueryReader.MAX_EXPANSIONS) {
					throw new IllegalArgumentException(NLS.bind(Messages.Query_tooBroad, prefix));
				}
				terms.add(new Term(IndexFields.TEXT, BytesRef.deepCopyOf(t)));
			}
			return terms;
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private Text read(Document d, int version) {
		DocumentVersion v = d.version(version);
		if (v == null) {
			return null;
		}
		try {
			String s = project.readText(d, v);
			return new Text(s, CodePoints.index(s));
		} catch (IOException e) {
			return null;
		}
	}

	private record Text(String text, CodePoints.Index index) {
	}
}
