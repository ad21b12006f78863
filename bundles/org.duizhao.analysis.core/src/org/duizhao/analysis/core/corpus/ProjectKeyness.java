package org.duizhao.analysis.core.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.duizhao.analysis.core.Keyness;
import org.duizhao.analysis.core.Keyword;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.Normalizer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Distinctive vocabulary of one document or a group (a region, a year, any selection) against the
 * rest of the project: every text is normalized as comparison normalizes it and segmented into
 * words as {@link Keyness} segments them, and the words over-represented in the target are ranked
 * by log-likelihood (G²).
 * <p>
 * Only word counts are kept per document, so a project of thousands of documents is read one text
 * at a time.
 */
public final class ProjectKeyness {

	/**
	 * What to list.
	 *
	 * @param minCount the fewest occurrences in the target (at least 1)
	 * @param minG2 the smallest G² (e.g. {@link Keyness#P05})
	 * @param limit the most words listed, 0 for all
	 */
	public record Options(long minCount, double minG2, int limit) {

		/** Checks the values. */
		public Options {
			if (minCount < 1 || minG2 < 0 || limit < 0) {
				throw new IllegalArgumentException("bad keyness options"); //$NON-NLS-1$
			}
		}

		/** @return at least 3 occurrences, p &lt; 0.05, every word */
		public static Options defaults() {
			return new Options(3, Keyness.P05, 0);
		}
	}

	private final Normalizer normalizer;
	private final Set<NormalizeOption> ignore;

	/**
	 * @param normalizer the project's normalizer, not {@code null}
	 * @param ignore what to fold (e.g. {@link org.duizhao.analysis.core.SharedFormulas#DEFAULT_IGNORE})
	 */
	public ProjectKeyness(Normalizer normalizer, Set<NormalizeOption> ignore) {
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer"); //$NON-NLS-1$
		this.ignore = Set.copyOf(ignore);
	}

	/**
	 * Reads every document of {@code project} (current versions).
	 *
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws IllegalArgumentException when no document belongs to the target
	 * @throws OperationCanceledException when cancelled
	 */
	public KeynessReport find(Project project, KeynessTarget target, Options options, IProgressMonitor monitor)
			throws IOException {
		List<Document> docs = project.documents();
		SubMonitor progress = SubMonitor.convert(monitor, docs.size() + 1);
		Keyness.Counts inTarget = new Keyness.Counts();
		Keyness.Counts rest = new Keyness.Counts();
		List<CorpusDocument> members = new ArrayList<>();
		for (Document d : docs) {
			progress.split(1);
			CorpusDocument cd = CorpusDocument.of(d);
			boolean member = target.contains(cd);
			if (member) {
				members.add(cd);
			}
			count(project.readText(d, d.current()), member ? inTarget : rest);
		}
		return report(target, members, docs.size() - members.size(), inTarget, rest, options);
	}

	/**
	 * @param sources the documents with their texts
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws IllegalArgumentException when no document belongs to the target
	 * @throws OperationCanceledException when cancelled
	 */
	public KeynessReport find(List<PhraseDiffusion.Source> sources, KeynessTarget target, Options options,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, sources.size() + 1);
		Keyness.Counts inTarget = new Keyness.Counts();
		Keyness.Counts rest = new Keyness.Counts();
		List<CorpusDocument> members = new ArrayList<>();
		for (PhraseDiffusion.Source s : sources) {
			progress.split(1);
			boolean member = target.contains(s.document());
			if (member) {
				members.add(s.document());
			}
			count(s.text(), member ? inTarget : rest);
		}
		return report(target, members, sources.size() - members.size(), inTarget, rest, options);
	}

	private void count(String original, Keyness.Counts into) {
		into.add(normalizer.normalize(original, ignore).text());
	}

	private static KeynessReport report(KeynessTarget target, List<CorpusDocument> members, int restDocuments,
			Keyness.Counts inTarget, Keyness.Counts rest, Options options) {
		if (members.isEmpty()) {
			throw new IllegalArgumentException("no document of the project belongs to the target"); //$NON-NLS-1$
		}
		List<Keyword> words = Keyness.overRepresented(inTarget, rest, options.minG2(), options.minCount());
		if (options.limit() > 0 && words.size() > options.limit()) {
			words = words.subList(0, options.limit());
		}
		return new KeynessReport(target, members, restDocuments, inTarget.total(), rest.total(), words);
	}
}
