package org.duizhao.cli.internal;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.duizhao.corpus.core.Project;
import org.duizhao.search.core.SearchHit;
import org.duizhao.search.core.SearchIndex;
import org.duizhao.search.core.SearchQuery;
import org.duizhao.search.core.SearchResult;
import org.duizhao.search.core.format.SearchJson;
import org.duizhao.text.core.TerminalText;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao search --project P QUERY [--region R] [--year Y] [--limit N] [--format json|text]}:
 * every occurrence of a query in a project's documents as concordance lines, from the project's
 * search index (updated first, built on first use). JSON: {@code {"total", "hits": [{"document",
 * "title", "start", "end", "left", "match", "right"}]}}, offsets in code points of the original.
 */
final class SearchCommand implements Command {

	@Override
	public String name() {
		return "search"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Search_usage;
	}

	@Override
	public String description() {
		return Messages.Search_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "region", "year", "issuer", "script", "tag", "limit", "context", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"format"), Set.of()); //$NON-NLS-1$
		if (args.positional().size() != 1) {
			throw new UsageException(Messages.Search_oneQuery);
		}
		String format = args.option("format", "json"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!format.equals("json") && !format.equals("text")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException(NLS.bind(Messages.Search_badFormat, format));
		}
		int limit = number(args, "limit", 100); //$NON-NLS-1$
		int context = number(args, "context", SearchIndex.DEFAULT_CONTEXT); //$NON-NLS-1$
		int[] years = years(args.option("year")); //$NON-NLS-1$
		SearchQuery query = SearchQuery.of(args.positional().get(0)).withRegion(args.option("region")) //$NON-NLS-1$
				.withYears(years == null ? null : years[0], years == null ? null : years[1])
				.withIssuer(args.option("issuer")).withScript(args.option("script")).withTag(args.option("tag")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Project project = ProjectArgs.open(args);
		SearchResult result;
		try (SearchIndex index = SearchIndex.of(project)) {
			result = index.search(query, limit, context, new ConsoleMonitor(io));
		}
		Writer w = new OutputStreamWriter(io.out(), StandardCharsets.UTF_8);
		if (format.equals("json")) { //$NON-NLS-1$
			SearchJson.write(result, w);
			w.write('\n');
		} else {
			writeText(result, w);
		}
		w.flush();
		io.out().flush();
		return 0;
	}

	private static void writeText(SearchResult result, Writer w) throws java.io.IOException {
		w.write(NLS.bind(Messages.Search_total, result.total(), result.documents()) + '\n');
		for (SearchHit h : result.hits()) {
			w.write(TerminalText.escape(h.title()) + ' ' + h.start() + ".." + h.end() + ":  " //$NON-NLS-1$ //$NON-NLS-2$
					+ TerminalText.escape(h.left()) + " [" + TerminalText.escape(h.match()) + "] " //$NON-NLS-1$ //$NON-NLS-2$
					+ TerminalText.escape(h.right()) + '\n');
		}
	}

	private static int number(Args args, String name, int fallback) throws UsageException {
		String value = args.option(name);
		if (value == null) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(value.trim());
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.Search_badLimit, name, value));
	}

	/** @return {from, to} of {@code 2019} or {@code 2018-2020}, or null without the option */
	static int[] years(String value) throws UsageException {
		if (value == null) {
			return null;
		}
		String[] parts = value.trim().split("\\s*[-–~]\\s*", 2); //$NON-NLS-1$
		try {
			int from = Integer.parseInt(parts[0]);
			int to = parts.length == 2 ? Integer.parseInt(parts[1]) : from;
			if (from <= to) {
				return new int[] { from, to };
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.Search_badYear, value));
	}
}
