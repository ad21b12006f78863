package org.duizhao.search.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.duizhao.search.core.internal.SearchText.QueryToken;
import org.eclipse.osgi.util.NLS;

/**
 * Reads the query language of the Search view and {@code duizhao search}:
 * <ul>
 * <li>{@code 两不愁三保障}: a run of Han characters is a phrase (bigrams at consecutive positions);</li>
 * <li>{@code "poverty alleviation"} (also “…” and 「…」): a phrase;</li>
 * <li>{@code 扶贫 脱贫} or {@code 扶贫 AND 脱贫}: both; {@code 扶贫 OR 脱贫}: either; {@code NOT x} or
 * {@code -x}: not; parentheses group; AND binds tighter than OR;</li>
 * <li>{@code reform*}: a prefix (on the last word of a phrase, too).</li>
 * </ul>
 * Each term and phrase goes through {@link SearchText#queryTokens}, so the query folds as the
 * documents do. We read this small grammar ourselves rather than with Lucene's query parser: it
 * would add three more jars, and its per-chunk analysis needs the same folding hooks anyway.
 */
public final class QueryReader {

	/** Terms a prefix may expand to; more is a query too broad to show. */
	static final int MAX_EXPANSIONS = 1024;

	private final SearchText text;
	private final Function<String, List<Term>> expand;
	private List<String> tokens;
	private int next;

	/**
	 * @param text how terms fold
	 * @param expand the index terms that start with a prefix (at most {@link #MAX_EXPANSIONS})
	 */
	public QueryReader(SearchText text, Function<String, List<Term>> expand) {
		this.text = text;
		this.expand = expand;
	}

	/**
	 * @return the query on field {@code field}
	 * @throws IllegalArgumentException with a message for the user when the query is malformed or
	 *             has no term
	 */
	public Query read(String query) {
		tokens = lex(query);
		next = 0;
		Query q = or();
		if (next < tokens.size()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Query_unexpected, tokens.get(next)));
		}
		if (q == null) {
			throw new IllegalArgumentException(Messages.Query_empty);
		}
		return q;
	}

	private Query or() {
		List<Query> any = new ArrayList<>();
		add(any, and());
		while (peek("OR") || peek("||")) { //$NON-NLS-1$ //$NON-NLS-2$
			next++;
			add(any, and());
		}
		if (any.size() <= 1) {
			return any.isEmpty() ? null : any.get(0);
		}
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		any.forEach(q -> b.add(q, Occur.SHOULD));
		return b.build();
	}

	private Query and() {
		BooleanQuery.Builder b = new BooleanQuery.Builder();
		int must = 0;
		int clauses = 0;
		Query only = null;
		while (next < tokens.size() && !peek(")") && !peek("OR") && !peek("||")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (peek("AND") || peek("&&")) { //$NON-NLS-1$ //$NON-NLS-2$
				next++;
				continue;
			}
			boolean not = peek("NOT") || peek("-") || peek("!"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (not || peek("+")) { //$NON-NLS-1$
				next++;
			}
			Query q = primary();
			if (q == null) {
				continue;
			}
			b.add(q, not ? Occur.MUST_NOT : Occur.MUST);
			clauses++;
			if (!not) {
				must++;
				only = q;
			}
		}
		if (clauses == 0) {
			return null;
		}
		if (must == 0) {
			throw new IllegalArgumentException(Messages.Query_onlyNot);
		}
		return clauses == 1 ? only : b.build();
	}

	private Query primary() {
		if (next >= tokens.size()) {
			throw new IllegalArgumentException(Messages.Query_unfinished);
		}
		String t = tokens.get(next++);
		if (t.equals("(")) { //$NON-NLS-1$
			Query inner = or();
			if (!peek(")")) { //$NON-NLS-1$
				throw new IllegalArgumentException(Messages.Query_unclosed);
			}
			next++;
			return inner;
		}
		if (t.equals(")")) { //$NON-NLS-1$
			throw new IllegalArgumentException(NLS.bind(Messages.Query_unexpected, t));
		}
		boolean prefix = t.endsWith("*"); //$NON-NLS-1$
		String body = t.startsWith("\"") ? t.substring(1) : t; //$NON-NLS-1$
		return phrase(prefix ? body.substring(0, body.length() - 1) : body, prefix);
	}

	/** @return a term, phrase or prefix query on the folded tokens of {@code s}; null if none */
	Query phrase(String s, boolean prefix) {
		List<QueryToken> parts = text.queryTokens(s);
		if (parts.isEmpty()) {
			return null;
		}
		if (parts.size() == 1) {
			Term term = new Term(IndexFields.TEXT, parts.get(0).term());
			return prefix ? new PrefixQuery(term) : new TermQuery(term);
		}
		if (!prefix) {
			PhraseQuery.Builder b = new PhraseQuery.Builder();
			parts.forEach(p -> b.add(new Term(IndexFields.TEXT, p.term()), p.position()));
			return b.build();
		}
		MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
		for (int i = 0; i < parts.size() - 1; i++) {
			b.add(new Term[] { new Term(IndexFields.TEXT, parts.get(i).term()) }, parts.get(i).position());
		}
		QueryToken last = parts.get(parts.size() - 1);
		List<Term> expanded = expand.apply(last.term());
		if (expanded.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		b.add(expanded.toArray(Term[]::new), last.position());
		return b.build();
	}

	private static void add(List<Query> queries, Query q) {
		if (q != null) {
			queries.add(q);
		}
	}

	private boolean peek(String token) {
		return next < tokens.size() && tokens.get(next).equals(token);
	}

	/** Splits a query into words, quoted phrases (kept with a leading {@code "}), parentheses, - and +. */
	static List<String> lex(String query) {
		List<String> out = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			int close = closingQuote(c);
			if (close >= 0) {
				flush(out, word);
				int end = query.indexOf(close, i + 1);
				if (end < 0) {
					throw new IllegalArgumentException(Messages.Query_unclosedQuote);
				}
				boolean star = end + 1 < query.length() && query.charAt(end + 1) == '*';
				out.add('"' + query.substring(i + 1, end) + (star ? "*" : "")); //$NON-NLS-1$ //$NON-NLS-2$
				i = star ? end + 1 : end;
			} else if (Character.isWhitespace(c)) {
				flush(out, word);
			} else if (c == '(' || c == ')' || c == '（' || c == '）') {
				flush(out, word);
				out.add(c == '（' ? "(" : c == '）' ? ")" : String.valueOf(c)); //$NON-NLS-1$ //$NON-NLS-2$
			} else if ((c == '-' || c == '+' || c == '!') && word.length() == 0) {
				out.add(String.valueOf(c));
			} else {
				word.append(c);
			}
		}
		flush(out, word);
		return out;
	}

	private static int closingQuote(char c) {
		return switch (c) {
		case '"' -> '"';
		case '“' -> '”';
		case '「' -> '」';
		default -> -1;
		};
	}

	private static void flush(List<String> out, StringBuilder word) {
		if (word.length() > 0) {
			out.add(word.toString());
			word.setLength(0);
		}
	}
}
