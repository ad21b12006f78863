package org.duizhao.analysis.core.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where and when phrases appear across a project: every hit, and from them the timeline, the
 * region × year table and the first appearance per region. A phrase of {@code null} in the
 * methods below means all phrases together.
 *
 * @param phrases the phrases as asked for, in order
 * @param documents the documents searched, in project order
 * @param hits every occurrence, by document then position
 */
public record DiffusionReport(List<String> phrases, List<CorpusDocument> documents, List<PhraseHit> hits) {

	/** Copies the lists. */
	public DiffusionReport {
		phrases = List.copyOf(phrases);
		documents = List.copyOf(documents);
		hits = List.copyOf(hits);
	}

	/** @return occurrences per document holding {@code phrase} (all when {@code null}), in document order */
	public Map<CorpusDocument, Integer> counts(String phrase) {
		Map<String, Integer> byId = new HashMap<>();
		for (PhraseHit h : hits) {
			if (phrase == null || h.phrase().equals(phrase)) {
				byId.merge(h.document(), 1, Integer::sum);
			}
		}
		Map<CorpusDocument, Integer> out = new LinkedHashMap<>();
		for (CorpusDocument d : documents) {
			if (byId.containsKey(d.id())) {
				out.put(d, byId.get(d.id()));
			}
		}
		return out;
	}

	/** @return the dated documents holding {@code phrase}, by date; undated documents are left out */
	public List<TimelinePoint> timeline(String phrase) {
		List<TimelinePoint> out = new ArrayList<>();
		for (String p : phrase == null ? phrases : List.of(phrase)) {
			counts(p).forEach((d, n) -> {
				if (d.date() != null) {
					out.add(new TimelinePoint(p, d, n));
				}
			});
		}
		out.sort(Comparator.comparing((TimelinePoint t) -> t.document().date()).thenComparing(t -> t.document().title()));
		return out;
	}

	/** @return per region, the earliest dated document holding {@code phrase}, earliest region first */
	public List<FirstAppearance> firstAppearances(String phrase) {
		Map<String, FirstAppearance> first = new LinkedHashMap<>();
		for (TimelinePoint t : timeline(phrase)) {
			String region = t.document().regionKey();
			if (!region.equals(CorpusDocument.UNKNOWN)) {
				first.putIfAbsent(region, new FirstAppearance(region, t.document().date(), t.document()));
			}
		}
		return List.copyOf(first.values());
	}

	/** @return the table of documents holding {@code phrase} (and their occurrences) grouped as asked */
	public DiffusionMatrix matrix(String phrase, DiffusionGrouping grouping) {
		Map<CorpusDocument, Integer> counts = counts(phrase);
		List<String> regions = regions(phrase, counts);
		List<String> years = years(counts);
		List<String> rows = grouping == DiffusionGrouping.YEAR ? years : regions;
		List<String> columns = grouping == DiffusionGrouping.REGION_YEAR ? years : List.of(""); //$NON-NLS-1$
		DiffusionCell[][] cells = new DiffusionCell[rows.size()][columns.size()];
		counts.forEach((d, n) -> {
			int r = rows.indexOf(grouping == DiffusionGrouping.YEAR ? d.year() : d.regionKey());
			int c = grouping == DiffusionGrouping.REGION_YEAR ? columns.indexOf(d.year()) : 0;
			cells[r][c] = (cells[r][c] == null ? DiffusionCell.EMPTY : cells[r][c]).plus(n);
		});
		return new DiffusionMatrix(grouping, rows, columns, cells);
	}

	/** Regions by first appearance, then regions without dated documents by name, unknown last. */
	private List<String> regions(String phrase, Map<CorpusDocument, Integer> counts) {
		List<String> out = new ArrayList<>();
		firstAppearances(phrase).forEach(f -> out.add(f.region()));
		TreeSet<String> rest = new TreeSet<>();
		counts.keySet().forEach(d -> rest.add(d.regionKey()));
		rest.removeAll(out);
		boolean unknown = rest.remove(CorpusDocument.UNKNOWN);
		out.addAll(rest);
		if (unknown) {
			out.add(CorpusDocument.UNKNOWN);
		}
		return out;
	}

	private static List<String> years(Map<CorpusDocument, Integer> counts) {
		TreeSet<String> years = new TreeSet<>();
		counts.keySet().forEach(d -> years.add(d.year()));
		boolean unknown = years.remove(CorpusDocument.UNKNOWN);
		List<String> out = new ArrayList<>(years);
		if (unknown) {
			out.add(CorpusDocument.UNKNOWN);
		}
		return out;
	}
}
