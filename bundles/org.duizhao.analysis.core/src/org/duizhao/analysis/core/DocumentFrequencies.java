package org.duizhao.analysis.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.Normalizer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * In how many documents of a corpus a phrase occurs, matched as shared formulas are (normalized,
 * Han characters only): what {@link RelatedTexts} ranks formulas by, and what tells a generic
 * phrase from a distinctive one.
 *
 * @since 0.1
 */
public final class DocumentFrequencies implements ToIntFunction<String> {

	private final List<String> searchable;

	private DocumentFrequencies(List<String> searchable) {
		this.searchable = List.copyOf(searchable);
	}

	/**
	 * @param originals the original texts of the corpus's documents
	 * @param normalizer as for the formulas
	 * @param ignore as for the formulas
	 */
	public static DocumentFrequencies of(List<String> originals, Normalizer normalizer, Set<NormalizeOption> ignore) {
		SharedFormulas formulas = new SharedFormulas(Objects.requireNonNull(normalizer, "normalizer")); //$NON-NLS-1$
		List<String> out = new ArrayList<>();
		for (String text : originals) {
			out.add(formulas.searchable(text, ignore));
		}
		return new DocumentFrequencies(out);
	}

	/**
	 * Reads the current version of every document of {@code project}.
	 *
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws IOException when a document cannot be read
	 * @throws OperationCanceledException when cancelled
	 */
	public static DocumentFrequencies of(Project project, Normalizer normalizer, Set<NormalizeOption> ignore,
			IProgressMonitor monitor) throws IOException {
		List<Document> documents = project.documents();
		SubMonitor progress = SubMonitor.convert(monitor, documents.size());
		SharedFormulas formulas = new SharedFormulas(normalizer);
		List<String> out = new ArrayList<>();
		for (Document d : documents) {
			progress.split(1);
			out.add(formulas.searchable(project.readText(d, d.current()), ignore));
		}
		return new DocumentFrequencies(out);
	}

	/** @return the number of documents holding {@code phrase} (as it reads in the normalized view) */
	@Override
	public int applyAsInt(String phrase) {
		int n = 0;
		for (String text : searchable) {
			if (text.contains(phrase)) {
				n++;
			}
		}
		return n;
	}

	/** @return the number of documents */
	public int documents() {
		return searchable.size();
	}

	/**
	 * @param documentsHolding as {@link #applyAsInt} gives it
	 * @return whether a phrase says little about a pair because it is stock language
	 *         ({@link GenericPhrases}) or because nearly every document of a corpus of four or more
	 *         holds it
	 */
	public boolean isGeneric(String phrase, int documentsHolding) {
		int n = documents();
		return GenericPhrases.isGeneric(phrase) || (n >= 4 && documentsHolding * 5 >= n * 4);
	}
}
