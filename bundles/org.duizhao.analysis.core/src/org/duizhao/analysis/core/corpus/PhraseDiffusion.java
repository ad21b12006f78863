package org.duizhao.analysis.core.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.duizhao.analysis.core.SharedFormula;
import org.duizhao.analysis.core.SharedFormulas;
import org.duizhao.analysis.core.Span;
import org.duizhao.analysis.core.internal.HanMask;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.NormalizedText;
import org.duizhao.text.core.normalize.Normalizer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Finds phrases across a project's documents as comparison sees them: the phrase and every text are
 * normalized alike (traditional and simplified, variants, look-alikes, pinyin glosses), and matched
 * on their Han characters, so 兩不愁三保障 finds 两不愁、三保障. Hits are reported in code points of
 * the original texts.
 */
public final class PhraseDiffusion {

	/**
	 * A document and its text, as searched.
	 *
	 * @param document the document
	 * @param text its original (current) text
	 */
	public record Source(CorpusDocument document, String text) {
	}

	private final Normalizer normalizer;
	private final Set<NormalizeOption> ignore;

	/**
	 * @param normalizer the project's normalizer, not {@code null}
	 * @param ignore what to fold (e.g. {@link org.duizhao.analysis.core.SharedFormulas#DEFAULT_IGNORE})
	 */
	public PhraseDiffusion(Normalizer normalizer, Set<NormalizeOption> ignore) {
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer"); //$NON-NLS-1$
		this.ignore = Set.copyOf(ignore);
	}

	/**
	 * Searches every document of {@code project} (current versions).
	 *
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws OperationCanceledException when cancelled
	 */
	public DiffusionReport find(Project project, List<String> phrases, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		List<Document> docs = project.documents();
		List<Source> sources = new ArrayList<>();
		SubMonitor reading = progress.split(1).setWorkRemaining(docs.size());
		for (Document d : docs) {
			reading.split(1);
			sources.add(new Source(CorpusDocument.of(d), project.readText(d, d.current())));
		}
		return find(sources, phrases, progress.split(1));
	}

	/**
	 * @param sources the documents with their texts
	 * @param phrases the phrases, as typed (any script)
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws OperationCanceledException when cancelled
	 */
	public DiffusionReport find(List<Source> sources, List<String> phrases, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, sources.size());
		List<String> compact = phrases.stream().map(this::compactPhrase).toList();
		List<PhraseHit> hits = new ArrayList<>();
		for (Source s : sources) {
			progress.split(1);
			NormalizedText view = normalizer.normalize(s.text(), ignore);
			HanMask mask = HanMask.of(view.text());
			CodePoints.Index original = CodePoints.index(s.text());
			for (int p = 0; p < phrases.size(); p++) {
				find(phrases.get(p), compact.get(p), s.document().id(), view, mask, original, hits);
			}
		}
		java.util.Map<String, Integer> order = new java.util.HashMap<>();
		sources.forEach(s -> order.putIfAbsent(s.document().id(), order.size()));
		hits.sort(java.util.Comparator.comparingInt((PhraseHit h) -> order.get(h.document()))
				.thenComparingInt(h -> h.span().start()));
		return new DiffusionReport(phrases, sources.stream().map(Source::document).toList(), hits);
	}

	/** @return the phrase as matched: normalized, its Han characters with breaks for the rest, trimmed */
	String compactPhrase(String phrase) {
		String c = HanMask.of(normalizer.normalize(phrase.strip(), ignore).text()).compact;
		int from = 0;
		int to = c.length();
		while (from < to && c.charAt(from) == HanMask.BREAK) {
			from++;
		}
		while (to > from && c.charAt(to - 1) == HanMask.BREAK) {
			to--;
		}
		return c.substring(from, to);
	}

	private static void find(String phrase, String compact, String document, NormalizedText view, HanMask mask,
			CodePoints.Index original, List<PhraseHit> out) {
		if (compact.isEmpty()) {
			return;
		}
		for (int i = mask.compact.indexOf(compact); i >= 0; i = mask.compact.indexOf(compact, i + compact.length())) {
			int[] range = view.toOriginal(mask.position[i], mask.endInText(i + compact.length()));
			out.add(new PhraseHit(phrase, document, new Span(original.toCodePoint(range[0]), original.toCodePoint(range[1]))));
		}
	}

	/**
	 * The shared formulas of a selection, as phrases to follow across the project: the formulas
	 * each pair of the texts shares ({@link SharedFormulas}), those held by most of the texts first,
	 * then the longer.
	 *
	 * @param texts the original texts of the selection (two or more)
	 * @param max the most phrases returned
	 * @return the formulas in their normalized form
	 */
	public List<String> sharedFormulas(List<String> texts, int max) {
		SharedFormulas finder = new SharedFormulas(normalizer);
		java.util.Map<String, java.util.Set<Integer>> holders = new java.util.HashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			for (int j = i + 1; j < texts.size(); j++) {
				for (SharedFormula f : finder.find(texts.get(i), texts.get(j), ignore, SharedFormulas.DEFAULT_MIN_LENGTH)) {
					java.util.Set<Integer> h = holders.computeIfAbsent(f.text(), k -> new java.util.HashSet<>());
					h.add(i);
					h.add(j);
				}
			}
		}
		return holders.entrySet().stream()
				.sorted(java.util.Comparator.comparingInt((java.util.Map.Entry<String, java.util.Set<Integer>> e) -> -e.getValue().size())
						.thenComparingInt(e -> -e.getKey().length()).thenComparing(java.util.Map.Entry::getKey))
				.limit(max).map(java.util.Map.Entry::getKey).toList();
	}
}
